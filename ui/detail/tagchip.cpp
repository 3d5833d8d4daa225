#include "tagchip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

TagChip::TagChip(const QString &tagId, const QString &name, const QColor &color, QWidget *parent)
    : QFrame(parent)
    , m_tagId(tagId)
    , m_color(color.isValid() ? color : QColor(0xe0, 0xe0, 0xe0))
{
    setObjectName(u"tagChip"_s);
    setAttribute(Qt::WA_StyledBackground);
    const QColor text = textColorOn(m_color);
    // A darker rim keeps pale colours visible on a white pane.
    setStyleSheet(u"#tagChip { background: %1; border: 1px solid %2; border-radius: 10px; }"
                  "#tagChip QLabel { color: %3; background: transparent; }"
                  "#tagChip QToolButton { color: %3; background: transparent; border: none;"
                  " border-radius: 7px; padding: 0px 3px; font-weight: bold; }"
                  "#tagChip QToolButton:hover { background: rgba(0, 0, 0, 40); }"
                  "#tagChip QToolButton:focus { border: 1px solid %3; }"_s.arg(
                      m_color.name(), m_color.darker(125).name(), text.name()));

    m_name = new QLabel(name, this);
    m_name->setObjectName(u"tagName"_s);
    m_remove = new QToolButton(this);
    m_remove->setObjectName(u"untagButton"_s);
    m_remove->setText(u"×"_s);
    m_remove->setFocusPolicy(Qt::StrongFocus);
    m_remove->setCursor(Qt::PointingHandCursor);
    m_remove->setToolTip(tr("Remove the tag %1").arg(name));
    m_remove->setAccessibleName(tr("Remove tag %1").arg(name));
    connect(m_remove, &QToolButton::clicked, this, [this] { Q_EMIT removeRequested(m_tagId); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(9, 1, 3, 1);
    layout->setSpacing(2);
    layout->addWidget(m_name);
    layout->addWidget(m_remove);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Tag %1").arg(name));
}

QString TagChip::name() const
{
    return m_name->text();
}

QColor TagChip::textColorOn(const QColor &background)
{
    // Relative luminance (sRGB weights) is close enough for choosing between black and white.
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
}
