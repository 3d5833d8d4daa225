#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// The questions and notices the console puts to the user outside its own dialogs (message
// boxes), behind one seam: the app shows real message boxes, tests install answers of their own.
class Prompts
{
public:
    virtual ~Prompts();

    // A yes/no question; true when the user chose `acceptLabel`. Destructive questions default
    // to No.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &acceptLabel) = 0;
    // A question with several answers (button labels, in order); answers the index chosen, or
    // `escapeChoice` when the box is closed without choosing.
    virtual int choose(QWidget *parent, const QString &title, const QString &text,
                       const QStringList &choices, int defaultChoice, int escapeChoice) = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void warn(QWidget *parent, const QString &title, const QString &text) = 0;

    // The prompts in use: message boxes unless a test installed others.
    static Prompts &current();
    // Installs `prompts` (not owned) for the calls that follow; nullptr restores message boxes.
    static void install(Prompts *prompts);
};
