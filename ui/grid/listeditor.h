#pragma once

#include <QStringList>
#include <QWidget>

class QPlainTextEdit;

// Edits a list of short strings (middle names, further emails or phone numbers) as a small text
// box with one entry per line, both as a grid cell's editor and as a form field. Enter starts a
// new entry; Ctrl+Enter or leaving the box finishes the edit (editingFinished()).
class ListEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListEditor)
    Q_PROPERTY(QStringList items READ items WRITE setItems NOTIFY itemsChanged USER true)

public:
    explicit ListEditor(QWidget *parent = nullptr);
    ~ListEditor() override;

    // The entries, trimmed, blank lines left out.
    QStringList items() const;
    void setItems(const QStringList &items);

    QPlainTextEdit *textEdit() const { return m_text; }
    // The height that shows `lines` entries without scrolling.
    int heightForLines(int lines) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void itemsChanged(const QStringList &items);
    // Ctrl+Enter was pressed or the focus left the editor: the entries are meant to be kept.
    void editingFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_text = nullptr;
    QStringList m_items;
    bool m_finished = false; // editingFinished() was sent since the editor last got the focus
};
