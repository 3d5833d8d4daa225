#pragma once

#include "common/prompts.h"

#include <QList>
#include <QString>
#include <QStringList>

// Prompts for UI tests: answers confirm() from a script (No when the script is empty) and
// records every question and notice, so a test can check what the user would have been told.
class ScriptedPrompts final : public Prompts
{
public:
    ScriptedPrompts() { Prompts::install(this); }
    ~ScriptedPrompts() override { Prompts::install(nullptr); }

    QList<bool> answers;   // consumed front first
    QStringList questions; // the text of every confirm()
    QStringList notices;   // the text of every inform() and warn()

    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        questions.append(text);
        return answers.isEmpty() ? false : answers.takeFirst();
    }
    void inform(QWidget *, const QString &, const QString &text) override { notices.append(text); }
    void warn(QWidget *, const QString &, const QString &text) override { notices.append(text); }
};
