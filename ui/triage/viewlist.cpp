#include "viewlist.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {
constexpr int ViewIdRole = Qt::UserRole + 1;
}

ViewList::ViewList(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("&Views"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("viewList"));
    m_list->setFrameShape(QFrame::NoFrame);
    title->setBuddy(m_list);
    m_save = new QPushButton(tr("Save view…"), this);
    m_save->setObjectName(QStringLiteral("saveViewButton"));
    m_save->setToolTip(tr("Save the current filters as a view of your own (Ctrl+S)"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteViewButton"));
    m_delete->setToolTip(tr("Delete the selected saved view"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentItemChanged, this, &ViewList::onCurrentChanged);
    connect(m_save, &QPushButton::clicked, this, &ViewList::saveRequested);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString id = currentViewId();
        if (!id.isEmpty())
            Q_EMIT deleteRequested(id);
    });
    updateButtons();
}

void ViewList::setViews(const QList<ConversationView> &builtIns,
                        const QList<ConversationView> &saved)
{
    const QString current = currentViewId();
    m_builtIns = builtIns;
    m_saved = saved;
    m_silent = true;
    m_list->clear();
    for (const ConversationView &view : builtIns) {
        auto *item = new QListWidgetItem(view.name, m_list);
        item->setData(ViewIdRole, view.id);
    }
    if (!saved.isEmpty()) {
        auto *header = new QListWidgetItem(tr("Saved views"), m_list);
        header->setFlags(Qt::NoItemFlags);
        QFont font = header->font();
        font.setBold(true);
        header->setFont(font);
    }
    for (const ConversationView &view : saved) {
        auto *item = new QListWidgetItem(view.name, m_list);
        item->setData(ViewIdRole, view.id);
        item->setToolTip(tr("Saved view"));
    }
    setCurrentViewId(current);
    m_silent = false;
    updateButtons();
}

bool ViewList::setCurrentViewId(const QString &id)
{
    const QSignalBlocker blocker(m_list);
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(ViewIdRole).toString() == id && !id.isEmpty()) {
            m_list->setCurrentRow(row);
            updateButtons();
            return true;
        }
    }
    m_list->setCurrentRow(-1);
    updateButtons();
    return false;
}

QString ViewList::currentViewId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(ViewIdRole).toString() : QString();
}

std::optional<ConversationView> ViewList::view(const QString &id) const
{
    for (const QList<ConversationView> *views : {&m_builtIns, &m_saved}) {
        for (const ConversationView &view : *views) {
            if (view.id == id)
                return view;
        }
    }
    return std::nullopt;
}

void ViewList::onCurrentChanged(QListWidgetItem *item)
{
    updateButtons();
    if (m_silent || !item)
        return;
    if (const auto chosen = view(item->data(ViewIdRole).toString()))
        Q_EMIT viewChosen(*chosen);
}

void ViewList::updateButtons()
{
    const auto current = view(currentViewId());
    m_delete->setEnabled(current && !current->isBuiltIn());
}
