#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;
class SpecForm;
class Workspace;

// The frame every action dialog shares: a sentence saying what will happen, one or more spec
// forms, the first reason a form is not yet valid shown inline, and an accept button that stays
// disabled until every form is valid. Esc cancels. Subclasses only add their rows.
class FormDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormDialog)

public:
    ~FormDialog() override;

    Workspace &workspace() const { return m_workspace; }
    // The dialog's main form, over the schema it was made with.
    SpecForm *form() const { return m_forms.constFirst(); }
    QList<SpecForm *> forms() const { return m_forms; }
    QPushButton *acceptButton() const { return m_accept; }
    bool isValid() const;
    // The first reason a form is not valid, in words; empty when it is.
    QString reason() const;
    QString introText() const;

protected:
    FormDialog(Workspace &workspace, const QString &schema, QWidget *parent = nullptr);

    void setIntro(const QString &text);
    void setAcceptText(const QString &text);
    // Where the forms and any further widgets go, between the sentence and the reason.
    QVBoxLayout *contentLayout() const { return m_content; }
    // A further form whose validity counts (it is placed by the caller).
    void addForm(SpecForm *form);
    void removeForm(SpecForm *form);
    // Gives the keyboard to the first field to fill in.
    void focusFirstField();

private:
    void updateValidity();
    void fitToNarrowestWidth(QLabel *label) const;

    Workspace &m_workspace;
    QList<SpecForm *> m_forms;
    QLabel *m_intro = nullptr;
    QVBoxLayout *m_content = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_legend = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_accept = nullptr;
};
