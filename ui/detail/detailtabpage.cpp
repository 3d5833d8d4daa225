#include "detailtabpage.h"

#include "items/apitablemodel.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DetailTabPage::DetailTabPage(ApiTableModel *model, QWidget *view, const QString &emptyText,
                             QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(view)
    , m_emptyText(emptyText)
{
    m_state = new QLabel(this);
    m_state->setObjectName(u"tabState"_s);
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setMargin(24);
    QPalette muted = m_state->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_state->setPalette(muted);

    m_banner = new QLabel(this);
    m_banner->setObjectName(u"tabError"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(u"QLabel { color: #b3261e; padding: 4px 12px; }"_s);
    m_banner->hide();

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(view);
    m_stack->addWidget(m_state);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_layout->addWidget(m_banner);
    m_layout->addWidget(m_stack, 1);

    connect(model, &QAbstractItemModel::modelReset, this, &DetailTabPage::update);
    connect(model, &QAbstractItemModel::rowsInserted, this, &DetailTabPage::update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &DetailTabPage::update);
    connect(model, &ApiTableModel::loadingChanged, this, &DetailTabPage::update);
    connect(model, &ApiTableModel::errorChanged, this, &DetailTabPage::update);
    connect(model, &ApiTableModel::loadFinished, this, &DetailTabPage::update);
    update();
}

void DetailTabPage::addFooter(QWidget *footer)
{
    m_layout->addWidget(footer);
}

QString DetailTabPage::stateText() const
{
    if (m_banner->isVisibleTo(this))
        return m_banner->text();
    return isShowingView() ? QString() : m_state->text();
}

bool DetailTabPage::isShowingView() const
{
    return m_stack->currentWidget() == m_view;
}

void DetailTabPage::update()
{
    const bool hasRows = m_model->rowCount() > 0;
    const QString error = m_model->errorString();
    if (hasRows) {
        m_stack->setCurrentWidget(m_view);
        m_banner->setText(error.isEmpty() ? QString()
                                          : tr("This list may be out of date: %1").arg(error));
        m_banner->setVisible(!error.isEmpty());
        return;
    }
    m_banner->hide();
    m_state->setStyleSheet(!m_model->isLoading() && !error.isEmpty() ? u"color: #b3261e;"_s
                                                                     : QString());
    if (m_model->isLoading())
        m_state->setText(tr("Loading…"));
    else if (!error.isEmpty())
        m_state->setText(tr("Could not read this list: %1").arg(error));
    else
        m_state->setText(m_emptyText);
    m_stack->setCurrentWidget(m_state);
}
