#pragma once

#include "entities/message.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QTextFormat>

class QAbstractItemModel;
class QPalette;
class QTextDocument;
class QTextFrame;

// Writes a conversation's thread into a QTextDocument: one frame per message, oldest first,
// carrying the message's id and direction as frame properties (so a position in the document
// names its message), styled by direction (inbound to the left on a neutral tint, outbound to the
// right on an accent tint, internal indented on a yellow tint), with author, direction and time
// above the body and the attachments' names below it. Bodies go through SafeHtml.
class MessageDocument
{
    Q_DECLARE_TR_FUNCTIONS(MessageDocument)

public:
    enum Property : int {
        MessageIdProperty = QTextFormat::UserProperty + 1, // QString
        DirectionProperty,                                 // Dixa::Direction as int
    };

    struct Colors
    {
        QColor inbound;
        QColor outbound;
        QColor internal;
        QColor border;
        QColor selectedBorder;
        QColor muted;

        static Colors from(const QPalette &palette);
    };

    // Replaces the document's content with the messages of `model` (a MessageListModel).
    static void write(QTextDocument &document, const QAbstractItemModel &model,
                      const Colors &colors);
    // The frame of the message that holds `position`, or nullptr (between messages).
    static QTextFrame *messageFrameAt(QTextDocument &document, int position);
    // The id a message frame carries (empty for any other frame).
    static QString messageId(const QTextFrame *frame);
    // The message frames in document order.
    static QList<QTextFrame *> messageFrames(const QTextDocument &document);

    // The body of a message as safe HTML (its content, or what its channel says instead).
    static QString bodyHtml(const Dixa::Message &message);

private:
    static QString attachmentsHtml(const Dixa::Message &message);
};
