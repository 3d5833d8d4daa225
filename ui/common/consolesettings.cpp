#include "consolesettings.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
constexpr int DefaultAutoRefreshSeconds = 120;
}

QByteArray ConsoleSettings::columnLayout(const QString &table) const
{
    return m_settings.value(u"columns/"_s + table).toByteArray();
}

void ConsoleSettings::setColumnLayout(const QString &table, const QByteArray &layout)
{
    m_settings.setValue(u"columns/"_s + table, layout);
}

QByteArray ConsoleSettings::splitterLayout(const QString &splitter) const
{
    return m_settings.value(u"splitters/"_s + splitter).toByteArray();
}

void ConsoleSettings::setSplitterLayout(const QString &splitter, const QByteArray &layout)
{
    m_settings.setValue(u"splitters/"_s + splitter, layout);
}

QByteArray ConsoleSettings::windowGeometry() const
{
    return m_settings.value(u"window/geometry"_s).toByteArray();
}

void ConsoleSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(u"window/geometry"_s, geometry);
}

QList<ConversationView> ConsoleSettings::savedViews() const
{
    QList<ConversationView> views;
    const QJsonDocument document =
        QJsonDocument::fromJson(m_settings.value(u"views/saved"_s).toByteArray());
    for (const QJsonValue &item : document.array()) {
        if (const auto view = ConversationView::fromJson(item.toObject()))
            views.append(*view);
    }
    return views;
}

void ConsoleSettings::setSavedViews(const QList<ConversationView> &views)
{
    QJsonArray array;
    for (const ConversationView &view : views)
        array.append(view.toJson());
    m_settings.setValue(u"views/saved"_s, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString ConsoleSettings::currentViewId() const
{
    return m_settings.value(u"views/current"_s).toString();
}

void ConsoleSettings::setCurrentViewId(const QString &id)
{
    m_settings.setValue(u"views/current"_s, id);
}

QStringList ConsoleSettings::myQueueIds() const
{
    return m_settings.value(u"views/myQueues"_s).toStringList();
}

void ConsoleSettings::setMyQueueIds(const QStringList &ids)
{
    m_settings.setValue(u"views/myQueues"_s, ids);
}

int ConsoleSettings::autoRefreshSeconds() const
{
    return qMax(0,
                m_settings.value(u"list/autoRefreshSeconds"_s, DefaultAutoRefreshSeconds).toInt());
}

void ConsoleSettings::setAutoRefreshSeconds(int seconds)
{
    m_settings.setValue(u"list/autoRefreshSeconds"_s, qMax(0, seconds));
}

int ConsoleSettings::bulkChunkSize(int fallback) const
{
    return m_settings.value(u"grid/bulkChunkSize"_s, fallback).toInt();
}

void ConsoleSettings::setBulkChunkSize(int rows)
{
    m_settings.setValue(u"grid/bulkChunkSize"_s, rows);
}
