#include "formdialog.h"

#include "specform.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

FormDialog::FormDialog(Workspace &workspace, const QString &schema, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    m_content = new QVBoxLayout;
    m_content->setSpacing(10);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setAccessibleName(tr("Why the form cannot be sent yet"));
    // Red enough to read as a problem on a light or a dark window.
    QPalette reasonPalette = m_reason->palette();
    const bool dark = reasonPalette.color(QPalette::Window).lightness() < 128;
    reasonPalette.setColor(QPalette::WindowText,
                           dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x2a, 0x1f));
    m_reason->setPalette(reasonPalette);

    m_legend = new QLabel(tr("* required"), this);
    m_legend->setObjectName(QStringLiteral("legend"));
    m_legend->setForegroundRole(QPalette::PlaceholderText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_accept = m_buttons->button(QDialogButtonBox::Ok);
    m_accept->setObjectName(QStringLiteral("accept"));
    m_accept->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_legend);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_intro);
    layout->addLayout(m_content, 1);
    layout->addWidget(m_reason);
    layout->addLayout(bottom);
    setMinimumWidth(460);

    auto *main = new SpecForm(workspace, schema, this);
    main->setObjectName(QStringLiteral("form"));
    m_content->addWidget(main);
    addForm(main);
}

FormDialog::~FormDialog() = default;

bool FormDialog::isValid() const
{
    for (const SpecForm *form : m_forms) {
        if (!form->isValid())
            return false;
    }
    return true;
}

QString FormDialog::reason() const
{
    for (const SpecForm *form : m_forms) {
        if (!form->isValid())
            return form->firstReason();
    }
    return {};
}

QString FormDialog::introText() const
{
    return m_intro->text();
}

void FormDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
    fitToNarrowestWidth(m_intro);
}

void FormDialog::fitToNarrowestWidth(QLabel *label) const
{
    // A window's minimum height ignores how many lines a wrapped label needs; without this a
    // dialog at its minimum height squeezes the rows below the label.
    const QMargins margins = layout()->contentsMargins();
    const int width = minimumWidth() - margins.left() - margins.right();
    label->setMinimumHeight(qMax(label->fontMetrics().height(), label->heightForWidth(width)));
}

void FormDialog::setAcceptText(const QString &text)
{
    m_accept->setText(text);
}

void FormDialog::addForm(SpecForm *form)
{
    form->setReasonVisible(false);
    m_forms.append(form);
    connect(form, &SpecForm::changed, this, &FormDialog::updateValidity);
    updateValidity();
}

void FormDialog::removeForm(SpecForm *form)
{
    m_forms.removeAll(form);
    form->disconnect(this);
    updateValidity();
}

void FormDialog::focusFirstField()
{
    for (const SpecForm *form : std::as_const(m_forms)) {
        if (QWidget *editor = form->firstEditor()) {
            editor->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void FormDialog::updateValidity()
{
    const bool valid = isValid();
    m_accept->setEnabled(valid);
    m_reason->setText(reason());
    fitToNarrowestWidth(m_reason);
    bool required = false;
    for (const SpecForm *form : std::as_const(m_forms))
        required = required || form->hasRequiredRows();
    m_legend->setVisible(required);
}
