#include "entitypicker.h"

#include "items/agenttablemodel.h"
#include "items/endusertablemodel.h"
#include "items/itemroles.h"
#include "items/queuelistmodel.h"
#include "items/taglistmodel.h"
#include "items/teamlistmodel.h"
#include "pickerfiltermodel.h"
#include "session/workspace.h"

#include <QBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QToolButton>

#include <functional>

namespace {

// A list whose keyboard moves are picks: the row the user moves to is the value, Enter on a
// row not yet picked picks it (and is not passed on, so a dialog does not accept at once), and
// typing goes to the filter line.
class PickerListView final : public QListView
{
public:
    using QListView::QListView;

    std::function<void(const QModelIndex &)> onPick;
    std::function<bool(const QModelIndex &)> isPicked;
    std::function<void(QKeyEvent *)> onTyped;
    std::function<void()> onLeaveTop;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        const QModelIndex before = currentIndex();
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
            if (before.isValid() && !isPicked(before)) {
                onPick(before);
                event->accept();
                return;
            }
            QListView::keyPressEvent(event);
            return;
        case Qt::Key_Up:
            if (!before.isValid() || before.row() == 0) {
                onLeaveTop();
                event->accept();
                return;
            }
            break;
        default:
            break;
        }
        const QString text = event->text();
        const bool command = event->modifiers() & (Qt::ControlModifier | Qt::AltModifier);
        if (!command && !text.isEmpty() && text.at(0).isPrint()) {
            onTyped(event);
            return;
        }
        QListView::keyPressEvent(event);
        if (currentIndex() != before && currentIndex().isValid())
            onPick(currentIndex());
    }
};

} // namespace

std::optional<EntityPicker::Kind> EntityPicker::kindOf(const QString &pick)
{
    if (pick == QLatin1String("agent"))
        return Kind::Agent;
    if (pick == QLatin1String("queue"))
        return Kind::Queue;
    if (pick == QLatin1String("tag"))
        return Kind::Tag;
    if (pick == QLatin1String("endUser"))
        return Kind::EndUser;
    if (pick == QLatin1String("team"))
        return Kind::Team;
    return std::nullopt;
}

EntityPicker::EntityPicker(Workspace &workspace, Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_kind(kind)
{
    m_proxy = new PickerFilterModel(this);
    m_proxy->setSourceModel(sourceModel());
    // A paged list keeps the server's order: sorting would move rows under the user's eyes as
    // further pages land.
    if (kind != Kind::EndUser)
        m_proxy->sort(0);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(placeholderText());
    m_filter->installEventFilter(this);

    auto *list = new PickerListView(this);
    m_list = list;
    m_list->setObjectName(QStringLiteral("list"));
    m_list->setModel(m_proxy);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(1);
    // Tags show their colour as a small swatch, no bigger than the text.
    const int swatch = m_list->fontMetrics().height() * 3 / 4;
    m_list->setIconSize(QSize(swatch, swatch));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->onPick = [this](const QModelIndex &index) { pickRow(index); };
    list->isPicked = [this](const QModelIndex &index) {
        return index.data(ItemRoles::IdRole).toString() == m_currentId;
    };
    list->onTyped = [this](QKeyEvent *event) {
        m_filter->setFocus(Qt::OtherFocusReason);
        m_filter->insert(event->text());
    };
    list->onLeaveTop = [this] { m_filter->setFocus(Qt::OtherFocusReason); };
    connect(m_list, &QAbstractItemView::clicked, this,
            [this](const QModelIndex &index) { pickRow(index); });

    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("selection"));
    m_caption->setTextFormat(Qt::PlainText);
    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clear"));
    m_clear->setText(tr("Clear", "forget the picked entry"));
    m_clear->setToolTip(tr("Pick nobody: leave this field out"));
    m_clear->setAutoRaise(true);
    m_clear->hide();
    connect(m_clear, &QToolButton::clicked, this, [this] {
        clear();
        m_filter->setFocus(Qt::OtherFocusReason);
    });

    // As tall with or without the clear button, so the picker keeps its height.
    m_caption->setMinimumHeight(m_clear->sizeHint().height());
    auto *captionRow = new QHBoxLayout;
    captionRow->setContentsMargins(0, 0, 0, 0);
    captionRow->addWidget(m_caption, 1);
    captionRow->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addLayout(captionRow);
    setFocusProxy(m_filter);
    setTabOrder(m_filter, m_list);
    setTabOrder(m_list, m_clear);
    setVisibleRows(6);

    connect(m_filter, &QLineEdit::textChanged, this, &EntityPicker::setFilterText);
    QAbstractItemModel *source = sourceModel();
    // Rows that land or vanish (a page, a reload): keep the highlight on the picked row.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(source, signal, this, [this] {
            syncListToValue();
            fetchForFilter();
        });
    connect(source, &QAbstractItemModel::modelReset, this, [this] { syncListToValue(); });
    updateCaption();
}

EntityPicker::~EntityPicker() = default;

QAbstractItemModel *EntityPicker::sourceModel() const
{
    switch (m_kind) {
    case Kind::Agent:
        return m_workspace.agents();
    case Kind::Queue:
        return m_workspace.queues();
    case Kind::Tag:
        return m_workspace.tags();
    case Kind::EndUser:
        return m_workspace.endUsers();
    case Kind::Team:
        return m_workspace.teams();
    }
    return m_workspace.agents();
}

QString EntityPicker::placeholderText() const
{
    switch (m_kind) {
    case Kind::Agent:
        return tr("Type a name or email to find an agent");
    case Kind::Queue:
        return tr("Type to find a queue");
    case Kind::Tag:
        return tr("Type to find a tag");
    case Kind::EndUser:
        return tr("Type a name or email to find an end user");
    case Kind::Team:
        return tr("Type to find a team");
    }
    return {};
}

QString EntityPicker::currentName() const
{
    return m_currentName;
}

void EntityPicker::setCurrentId(const QString &id)
{
    if (id == m_currentId)
        return;
    m_currentId = id;
    m_currentName.clear();
    if (!id.isEmpty()) {
        QAbstractItemModel *source = sourceModel();
        for (int row = 0; row < source->rowCount(); ++row) {
            const QModelIndex index = source->index(row, 0);
            if (index.data(ItemRoles::IdRole).toString() == id) {
                m_currentName = PickerFilterModel::nameOf(index);
                break;
            }
        }
        if (m_currentName.isEmpty()) {
            // Not among the rows read so far (a later page of end users): ask the name books.
            switch (m_kind) {
            case Kind::Agent:
                m_currentName = m_workspace.agentName(id);
                break;
            case Kind::Queue:
                m_currentName = m_workspace.queueName(id);
                break;
            case Kind::Tag:
                m_currentName = m_workspace.tagName(id);
                break;
            case Kind::EndUser:
                m_currentName = m_workspace.endUserName(id);
                break;
            case Kind::Team:
                break;
            }
        }
        if (m_currentName.isEmpty())
            m_currentName = id;
    }
    syncListToValue();
    updateCaption();
    Q_EMIT changed(m_currentId);
}

void EntityPicker::setActiveOnly(bool activeOnly)
{
    m_proxy->setActiveOnly(activeOnly);
    syncListToValue();
}

void EntityPicker::setOfferedIds(const QStringList &ids)
{
    m_proxy->setOfferedIds(ids);
    syncListToValue();
}

void EntityPicker::setOptional(bool optional)
{
    m_optional = optional;
    updateCaption();
}

void EntityPicker::setVisibleRows(int rows)
{
    const int rowHeight = m_list->fontMetrics().height() + 2 * m_list->spacing() + 4;
    m_list->setMinimumHeight(rowHeight * rows + 2 * m_list->frameWidth());
    // Explicit, because a form layout squeezed to its minimum would otherwise let the caption
    // slide over the list.
    layout()->invalidate();
    setMinimumHeight(layout()->minimumSize().height());
}

void EntityPicker::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    if (m_proxy->filterWords() == text)
        return;
    m_proxy->setFilterWords(text);
    m_filterFetches = 0;
    syncListToValue();
    fetchForFilter();
}

QString EntityPicker::filterText() const
{
    return m_filter->text();
}

int EntityPicker::visibleCount() const
{
    return m_proxy->rowCount();
}

bool EntityPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_filter || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Down:
    case Qt::Key_PageDown: {
        if (m_proxy->rowCount() == 0)
            return true;
        QModelIndex target = m_list->currentIndex();
        if (!target.isValid())
            target = m_proxy->index(0, 0);
        m_list->setFocus(Qt::TabFocusReason);
        pickRow(target);
        return true;
    }
    case Qt::Key_Enter:
    case Qt::Key_Return: {
        if (m_proxy->rowCount() == 0)
            return false;
        QModelIndex target = m_list->currentIndex();
        if (!target.isValid())
            target = m_proxy->index(0, 0);
        if (target.data(ItemRoles::IdRole).toString() == m_currentId)
            return false; // already picked: Enter is the dialog's
        pickRow(target);
        return true;
    }
    default:
        return false;
    }
}

void EntityPicker::pickRow(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    setCurrentId(proxyIndex.data(ItemRoles::IdRole).toString());
    syncListToValue();
}

void EntityPicker::syncListToValue()
{
    QModelIndex picked;
    if (!m_currentId.isEmpty()) {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            if (index.data(ItemRoles::IdRole).toString() == m_currentId) {
                picked = index;
                break;
            }
        }
    }
    if (picked.isValid()) {
        m_list->setCurrentIndex(picked);
        m_list->scrollTo(picked);
    } else {
        m_list->selectionModel()->clearSelection();
        // Down from the filter starts at the first row again.
        m_list->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    }
}

void EntityPicker::updateCaption()
{
    if (m_currentId.isEmpty()) {
        m_caption->setText(m_optional ? tr("Nobody chosen (optional)") : tr("None chosen yet"));
        m_caption->setForegroundRole(QPalette::PlaceholderText);
    } else {
        m_caption->setText(tr("Chosen: %1").arg(m_currentName));
        m_caption->setForegroundRole(QPalette::WindowText);
    }
    m_clear->setVisible(m_optional && !m_currentId.isEmpty());
}

void EntityPicker::fetchForFilter()
{
    QAbstractItemModel *source = sourceModel();
    constexpr int enoughRows = 10;
    constexpr int maxPages = 20; // a word nobody matches must not read a whole organisation
    if (m_proxy->filterWords().trimmed().isEmpty() || m_proxy->rowCount() >= enoughRows ||
        m_filterFetches >= maxPages || !source->canFetchMore({}))
        return;
    ++m_filterFetches;
    source->fetchMore({});
}
