#pragma once

#include "entities/channel.h"

#include <QIcon>

// A small, recognisable icon per conversation channel, drawn in code so the console ships no
// image plug-in dependency and every channel (also one this version does not know) has one.
class ChannelIcons
{
public:
    static QIcon icon(Dixa::Channel channel);
};
