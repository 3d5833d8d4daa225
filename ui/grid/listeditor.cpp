#include "listeditor.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTextCursor>
#include <QVBoxLayout>

namespace {
QStringList parseLines(const QString &text)
{
    QStringList items;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

bool isCommitKey(const QKeyEvent *key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
           (key->modifiers() & Qt::ControlModifier);
}
} // namespace

ListEditor::ListEditor(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("listEditor"));
    m_text->setObjectName(QStringLiteral("listEditorText"));
    m_text->setTabChangesFocus(true); // Tab moves on, as in every other field
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    // The box is as wide as its longest entry (sizeHint()); a longer one scrolls with the cursor
    // rather than take a line's height for a scroll bar.
    m_text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_text->setPlaceholderText(tr("One entry per line"));
    m_text->setToolTip(tr("One entry per line. Enter starts a new entry; Ctrl+Enter finishes."));
    m_text->installEventFilter(this);
    setFocusProxy(m_text);
    setFocusPolicy(m_text->focusPolicy());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);

    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        const QStringList items = parseLines(m_text->toPlainText());
        if (items == m_items)
            return; // a blank line or stray spaces change no entry
        m_items = items;
        Q_EMIT itemsChanged(m_items);
    });
}

ListEditor::~ListEditor() = default;

QStringList ListEditor::items() const
{
    return m_items;
}

void ListEditor::setItems(const QStringList &items)
{
    const QStringList clean = parseLines(items.join(QLatin1Char('\n')));
    if (clean == parseLines(m_text->toPlainText()) && clean == m_items)
        return; // keeps the cursor where the person left it
    m_text->setPlainText(clean.join(QLatin1Char('\n')));
    // At the end: a key typed into a freshly opened editor adds to the list instead of
    // replacing it.
    m_text->moveCursor(QTextCursor::End);
}

int ListEditor::heightForLines(int lines) const
{
    const int frame = 2 * m_text->frameWidth();
    const int margins = int(2 * m_text->document()->documentMargin());
    return lines * m_text->fontMetrics().lineSpacing() + frame + margins;
}

QSize ListEditor::sizeHint() const
{
    // Wide enough for the longest entry, so an address is not read through a scroll bar.
    const QFontMetrics metrics = m_text->fontMetrics();
    int widest = metrics.averageCharWidth() * 24;
    for (const QString &item : m_items)
        widest = qMax(widest, metrics.horizontalAdvance(item));
    const int extra = 2 * m_text->frameWidth() + int(2 * m_text->document()->documentMargin()) +
                      style()->pixelMetric(QStyle::PM_ScrollBarExtent) + metrics.averageCharWidth();
    return {qMin(widest, metrics.averageCharWidth() * 60) + extra, heightForLines(4)};
}

QSize ListEditor::minimumSizeHint() const
{
    return {m_text->fontMetrics().averageCharWidth() * 12, heightForLines(2)};
}

bool ListEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_text)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        // Ctrl+Enter is ours even where a window binds it (the grid's Apply).
        if (isCommitKey(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
        break;
    case QEvent::KeyPress:
        if (isCommitKey(static_cast<QKeyEvent *>(event))) {
            m_finished = true;
            Q_EMIT editingFinished();
            return true;
        }
        break;
    case QEvent::FocusIn:
        m_finished = false;
        break;
    case QEvent::FocusOut: {
        // A context menu or another window taking the focus for a moment is not the end.
        const auto *focus = static_cast<QFocusEvent *>(event);
        if (focus->reason() == Qt::PopupFocusReason || m_finished)
            break;
        const QWidget *now = QApplication::focusWidget();
        if (now && isAncestorOf(now))
            break;
        m_finished = true;
        Q_EMIT editingFinished();
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}
