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
