#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

class PickerFilterModel;
class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QToolButton;
class Workspace;

// Chooses one id from a directory list of the workspace (agents, end users, queues, tags,
// teams): a filter line over a list, type-ahead, keyboard navigable. Ids are picked, never typed.
// The row highlighted in the list is the value; it stays picked while the filter hides it.
class EntityPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityPicker)

public:
    enum class Kind { Agent, Queue, Tag, EndUser, Team };
    Q_ENUM(Kind)

    // The kind a spec field's `x-pick` names ("agent", "queue", "tag", "endUser", "team").
    static std::optional<Kind> kindOf(const QString &pick);

    EntityPicker(Workspace &workspace, Kind kind, QWidget *parent = nullptr);
    ~EntityPicker() override;

    Kind kind() const { return m_kind; }
    QString currentId() const { return m_currentId; }
    // The picked entity's name (empty when nothing is picked).
    QString currentName() const;
    // Picks `id` (an empty id clears); emits changed() when the value changes.
    void setCurrentId(const QString &id);
    void clear() { setCurrentId(QString()); }

    // Tags that can still be put on conversations only (ItemRoles::ActiveRole).
    void setActiveOnly(bool activeOnly);
    // Offers only these ids; an empty list offers the whole directory.
    void setOfferedIds(const QStringList &ids);
    // An optional value can be cleared again with a button.
    void setOptional(bool optional);
    // How many list rows are visible without scrolling.
    void setVisibleRows(int rows);

    void setFilterText(const QString &text);
    QString filterText() const;
    // Rows the list shows after filtering.
    int visibleCount() const;

    QLineEdit *filterEdit() const { return m_filter; }
    QListView *listView() const { return m_list; }

Q_SIGNALS:
    void changed(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemModel *sourceModel() const;
    QString placeholderText() const;
    void pickRow(const QModelIndex &proxyIndex);
    void syncListToValue();
    void updateCaption();
    // Paged directories (end users): reads further pages while a filter finds too few rows.
    void fetchForFilter();

    Workspace &m_workspace;
    const Kind m_kind;
    PickerFilterModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_caption = nullptr;
    QToolButton *m_clear = nullptr;
    QString m_currentId;
    QString m_currentName;
    bool m_optional = false;
    int m_filterFetches = 0;
};
