#pragma once

#include <QString>
#include <QWidget>

class ApiTableModel;
class QLabel;
class QStackedWidget;
class QVBoxLayout;

// One tab of the detail pane around the view of a conversation's list (messages, notes,
// activity, ratings): the view while there are rows, else one quiet line that says the list is
// being read, why it could not be, or that it is empty; an error with rows still shown appears
// as a line above them.
class DetailTabPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailTabPage)

public:
    DetailTabPage(ApiTableModel *model, QWidget *view, const QString &emptyText,
                  QWidget *parent = nullptr);

    // A row of controls under the view (such as "Add note…").
    void addFooter(QWidget *footer);
    // What the page says instead of (or above) the rows; empty when the view shows alone.
    QString stateText() const;
    bool isShowingView() const;

private:
    void update();

    ApiTableModel *m_model;
    QWidget *m_view;
    QString m_emptyText;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_banner = nullptr;
    QVBoxLayout *m_layout = nullptr;
};
