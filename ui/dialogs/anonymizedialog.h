#pragma once

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Confirms an anonymization, which erases for good: it names what goes, and its erase button
// (never the default button) enables only once the conversation id (one conversation or a
// message) or the number of conversations (several) has been typed. When open conversations are
// included it offers to close them first (force).
class AnonymizeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnonymizeDialog)

public:
    static AnonymizeDialog *forConversations(const QList<qint64> &ids, int openCount,
                                             QWidget *parent = nullptr);
    static AnonymizeDialog *forMessage(qint64 conversationId, const QString &messageId,
                                       const QString &excerpt, QWidget *parent = nullptr);
    ~AnonymizeDialog() override;

    bool force() const;
    // What must be typed to confirm.
    QString expectedConfirmation() const { return m_expected; }
    bool isConfirmed() const;
    QString messageId() const { return m_messageId; }

    QLineEdit *confirmationEdit() const { return m_confirmation; }
    QCheckBox *forceBox() const { return m_force; }
    QPushButton *eraseButton() const { return m_erase; }

private:
    explicit AnonymizeDialog(QWidget *parent);
    static QStringList conversationItems();
    void build(const QString &heading, const QString &erased, const QStringList &items,
               const QString &excerpt, const QString &prompt, const QString &eraseText,
               int openCount, int total);
    void updateErase();

    QString m_expected;
    QString m_messageId;
    QLineEdit *m_confirmation = nullptr;
    QCheckBox *m_force = nullptr;
    QPushButton *m_erase = nullptr;
};
