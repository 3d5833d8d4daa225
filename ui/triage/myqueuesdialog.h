#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;
class Workspace;

// Lets the supervisor tick the queues "My queues" shows; the API key has no person behind it,
// so the console cannot know them by itself.
class MyQueuesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyQueuesDialog)

public:
    MyQueuesDialog(const Workspace &workspace, const QStringList &chosen,
                   QWidget *parent = nullptr);
    QStringList queueIds() const;

private:
    QListWidget *m_list = nullptr;
};
