#pragma once

#include <QColor>
#include <QFrame>
#include <QString>

class QLabel;
class QToolButton;

// One tag of a conversation as a small rounded label in the tag's colour, with a × button
// (reachable by Tab) that asks for the tag to be removed.
class TagChip final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagChip)

public:
    TagChip(const QString &tagId, const QString &name, const QColor &color,
            QWidget *parent = nullptr);

    QString tagId() const { return m_tagId; }
    QString name() const;
    QColor color() const { return m_color; }
    QToolButton *removeButton() const { return m_remove; }

    // Black or white, whichever reads better on `background`.
    static QColor textColorOn(const QColor &background);

Q_SIGNALS:
    void removeRequested(const QString &tagId);

private:
    QString m_tagId;
    QColor m_color;
    QLabel *m_name = nullptr;
    QToolButton *m_remove = nullptr;
};
