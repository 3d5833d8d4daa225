#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Dixa {

// Whether a tag can still be put on conversations.
enum class TagState { Unknown, Active, Inactive };

template<>
struct EnumNames<TagState>
{
    static constexpr std::u16string_view names[] = {u"Active", u"Inactive"};
};

// A tag that can be put on conversations (only Active ones can be added).
struct Tag
{
    QString id;
    QString name;
    std::optional<QString> color; // "#rrggbb"
    OpenEnum<TagState> state;
    QJsonObject extra; // members this version does not know, written back unchanged

    static std::optional<Tag> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// The body of POST /tags (answers the existing tag when the name is taken).
struct CreateTagInput
{
    QString name;
    std::optional<QString> color;
    QJsonObject extra;

    static std::optional<CreateTagInput> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// One item of POST /conversations/{id}/tags/bulk: a tag by name (created when missing).
struct TagNameInput
{
    QString name;
    QJsonObject extra;

    static std::optional<TagNameInput> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa

Q_DECLARE_METATYPE(Dixa::Tag)
