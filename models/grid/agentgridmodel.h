#pragma once

#include "profilegridmodel.h"

// The agents and admins of the organisation as an editable grid: every field of
// BulkUpdateAgentInput, plus the primary email (not editable through the API), the creation time
// and the id, read-only. Reads GET /agents page by page; applies through PUT /agents.
class AgentGridModel final : public ProfileGridModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentGridModel)

public:
    AgentGridModel(DixaApi &api, const SpecCatalog &spec, QObject *parent = nullptr);
    ~AgentGridModel() override;

    QString kind() const override { return QStringLiteral("agents"); }
    ApiJob *sendUpdates(const QList<QJsonObject> &items, QObject *context,
                        BulkHandler handler) override;

protected:
    ApiJob *requestPage(int pageLimit, const QString &pageLink, QObject *context,
                        PageHandler handler) override;
    QVariant entity(const QJsonObject &record) const override;

private:
    static QList<GridColumn> readOnlyColumns();
};
