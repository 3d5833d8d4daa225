#include "anonymizedialog.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

AnonymizeDialog::AnonymizeDialog(QWidget *parent)
    : QDialog(parent)
{}

AnonymizeDialog::~AnonymizeDialog() = default;

AnonymizeDialog *AnonymizeDialog::forConversations(const QList<qint64> &ids, int openCount,
                                                   QWidget *parent)
{
    auto *dialog = new AnonymizeDialog(parent);
    dialog->setObjectName(QStringLiteral("anonymizeDialog"));
    const int count = int(ids.size());
    if (count == 1) {
        const QString id = QString::number(ids.constFirst());
        dialog->m_expected = id;
        dialog->setWindowTitle(tr("Anonymize conversation %1").arg(id));
        dialog->build(tr("Anonymize conversation %1?").arg(id),
                      tr("This erases, for good, from conversation %1:").arg(id),
                      conversationItems(), QString(),
                      tr("Type the conversation id, %1, to confirm:").arg(id),
                      tr("Anonymize conversation"), openCount, count);
    } else {
        dialog->m_expected = QString::number(count);
        dialog->setWindowTitle(tr("Anonymize %n conversations", nullptr, count));
        dialog->build(
            tr("Anonymize %n conversations?", nullptr, count),
            tr("This erases, for good, from each of the %n conversations:", nullptr, count),
            conversationItems(), QString(),
            tr("Type the number of conversations, %n, to confirm:", nullptr, count),
            tr("Anonymize %n conversations", nullptr, count), openCount, count);
    }
    return dialog;
}

AnonymizeDialog *AnonymizeDialog::forMessage(qint64 conversationId, const QString &messageId,
                                             const QString &excerpt, QWidget *parent)
{
    auto *dialog = new AnonymizeDialog(parent);
    dialog->setObjectName(QStringLiteral("anonymizeMessageDialog"));
    const QString id = QString::number(conversationId);
    dialog->m_expected = id;
    dialog->m_messageId = messageId;
    dialog->setWindowTitle(tr("Anonymize a message of conversation %1").arg(id));
    dialog->build(tr("Anonymize this message?"),
                  tr("This erases, for good, from this message of conversation %1:").arg(id),
                  {tr("its text"),
                   tr("the requester's details in it: name, email address, phone number"),
                   tr("its attachments")},
                  excerpt, tr("Type the conversation id, %1, to confirm:").arg(id),
                  tr("Anonymize message"), 0, 1);
    return dialog;
}

QStringList AnonymizeDialog::conversationItems()
{
    return {tr("the text of every message"),
            tr("the requester's details in the messages: name, email address, phone number"),
            tr("the attachments")};
}

void AnonymizeDialog::build(const QString &heading, const QString &erased, const QStringList &items,
                            const QString &excerpt, const QString &prompt, const QString &eraseText,
                            int openCount, int total)
{
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                        .pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(heading, this);
    title->setObjectName(QStringLiteral("heading"));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    title->setFont(font);

    // What goes, in a list a supervisor can check before typing.
    QString list = QStringLiteral("<p>%1</p><ul style=\"margin-left: 12px; -qt-list-indent: 0;\">")
                       .arg(erased.toHtmlEscaped());
    for (const QString &item : items)
        list += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    list += QStringLiteral("</ul><p><b>%1</b> %2</p>")
                .arg(tr("This cannot be undone.").toHtmlEscaped(),
                     tr("Dixa processes the request in the background; the console follows it "
                        "until it is done.")
                         .toHtmlEscaped());
    auto *text = new QLabel(list, this);
    text->setObjectName(QStringLiteral("erasedText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);

    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(title);
    textColumn->addWidget(text);
    if (!excerpt.isEmpty()) {
        auto *quote = new QLabel(this);
        quote->setObjectName(QStringLiteral("excerpt"));
        quote->setTextFormat(Qt::PlainText);
        quote->setWordWrap(true);
        quote->setFrameShape(QFrame::StyledPanel);
        quote->setMargin(6);
        const QString simplified = excerpt.simplified();
        quote->setText(simplified.size() > 240 ? tr("“%1…”").arg(simplified.left(240))
                                               : tr("“%1”").arg(simplified));
        textColumn->addWidget(quote);
    }

    if (openCount > 0) {
        m_force = new QCheckBox(tr("Close open conversations &first (force)"), this);
        m_force->setObjectName(QStringLiteral("force"));
        auto *forceNote = new QLabel(
            total == 1 ? tr("The conversation is open. Dixa refuses to anonymize an open "
                            "conversation unless it may close it first.")
                       : tr("%n of them are open. Dixa refuses to anonymize an open "
                            "conversation unless it may close it first.",
                            nullptr, openCount),
            this);
        forceNote->setObjectName(QStringLiteral("forceNote"));
        forceNote->setWordWrap(true);
        forceNote->setForegroundRole(QPalette::PlaceholderText);
        textColumn->addWidget(forceNote);
        textColumn->addWidget(m_force);
    }

    m_confirmation = new QLineEdit(this);
    m_confirmation->setObjectName(QStringLiteral("confirmation"));
    m_confirmation->setAccessibleName(prompt);
    auto *promptLabel = new QLabel(prompt, this);
    promptLabel->setBuddy(m_confirmation);
    textColumn->addSpacing(6);
    textColumn->addWidget(promptLabel);
    textColumn->addWidget(m_confirmation);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttons"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_erase = buttons->addButton(eraseText, QDialogButtonBox::DestructiveRole);
    m_erase->setObjectName(QStringLiteral("erase"));
    m_erase->setIcon(style()->standardIcon(QStyle::SP_TrashIcon, nullptr, this));
    // Nothing happens on Enter: erasing takes a deliberate click (or Space on the button).
    for (QPushButton *button : {cancel, m_erase}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_erase, &QPushButton::clicked, this, [this] {
        if (isConfirmed())
            accept();
    });
    connect(m_confirmation, &QLineEdit::textChanged, this, &AnonymizeDialog::updateErase);

    auto *top = new QHBoxLayout;
    top->setSpacing(14);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(textColumn, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    updateErase();
    m_confirmation->setFocus(Qt::OtherFocusReason);
}

bool AnonymizeDialog::force() const
{
    return m_force && m_force->isChecked();
}

bool AnonymizeDialog::isConfirmed() const
{
    return m_confirmation->text().trimmed() == m_expected;
}

void AnonymizeDialog::updateErase()
{
    m_erase->setEnabled(isConfirmed());
}
