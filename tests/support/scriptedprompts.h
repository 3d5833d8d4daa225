#pragma once

#include "common/prompts.h"

#include <QList>
#include <QString>
#include <QStringList>

// Prompts for UI tests: answers confirm() and choose() from a script (No when the script is empty)
// and records every question and notice, so a test can check what the user would have been told.
class ScriptedPrompts final : public Prompts
{
public:
    ScriptedPrompts() { Prompts::install(this); }
    ~ScriptedPrompts() override { Prompts::install(nullptr); }

    QList<bool> answers;   // consumed front first
    QList<int> choices;    // answers of choose(), front first; empty: the escape choice
    QStringList questions; // the text of every confirm()
    QStringList notices;   // the text of every inform() and warn()

    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        questions.append(text);
        return answers.isEmpty() ? false : answers.takeFirst();
    }
    int choose(QWidget *, const QString &, const QString &text, const QStringList &, int,
               int escapeChoice) override
    {
        questions.append(text);
        return choices.isEmpty() ? escapeChoice : choices.takeFirst();
    }
    void inform(QWidget *, const QString &, const QString &text) override { notices.append(text); }
    void warn(QWidget *, const QString &, const QString &text) override { notices.append(text); }
};
