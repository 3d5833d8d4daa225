#include "prompts.h"

#include <QMessageBox>
#include <QPushButton>

namespace {
class MessageBoxPrompts final : public Prompts
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &acceptLabel) override
    {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
        QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
        QPushButton *reject = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(reject);
        box.exec();
        return box.clickedButton() == accept;
    }

    int choose(QWidget *parent, const QString &title, const QString &text,
               const QStringList &choices, int defaultChoice, int escapeChoice) override
    {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
        QList<QPushButton *> buttons;
        for (const QString &choice : choices)
            buttons.append(box.addButton(choice, QMessageBox::ActionRole));
        if (defaultChoice >= 0 && defaultChoice < buttons.size())
            box.setDefaultButton(buttons.at(defaultChoice));
        if (escapeChoice >= 0 && escapeChoice < buttons.size())
            box.setEscapeButton(buttons.at(escapeChoice));
        box.exec();
        const int chosen = int(buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
        return chosen < 0 ? escapeChoice : chosen;
    }

    void inform(QWidget *parent, const QString &title, const QString &text) override
    {
        QMessageBox::information(parent, title, text);
    }

    void warn(QWidget *parent, const QString &title, const QString &text) override
    {
        QMessageBox::warning(parent, title, text);
    }
};

Prompts *installed = nullptr;
} // namespace

Prompts::~Prompts() = default;

Prompts &Prompts::current()
{
    static MessageBoxPrompts messageBoxes;
    return installed ? *installed : messageBoxes;
}

void Prompts::install(Prompts *prompts)
{
    installed = prompts;
}
