#pragma once

#include "views/conversationview.h"

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>

// The console's preferences, one typed accessor each, over QSettings: the one place that knows
// the keys. Nothing secret or personal goes here (the API key lives in the keychain).
class ConsoleSettings
{
public:
    ConsoleSettings() = default;

    QByteArray columnLayout(const QString &table) const;
    void setColumnLayout(const QString &table, const QByteArray &layout);
    QByteArray splitterLayout(const QString &splitter) const;
    void setSplitterLayout(const QString &splitter, const QByteArray &layout);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    QList<ConversationView> savedViews() const;
    void setSavedViews(const QList<ConversationView> &views);
    QString currentViewId() const;
    void setCurrentViewId(const QString &id);
    QStringList myQueueIds() const;
    void setMyQueueIds(const QStringList &ids);

    // Rows per bulk update request of the grids (Apply); `fallback` when never chosen.
    int bulkChunkSize(int fallback) const;
    void setBulkChunkSize(int rows);

    // 0: off.
    int autoRefreshSeconds() const;
    void setAutoRefreshSeconds(int seconds);

private:
    mutable QSettings m_settings;
};
