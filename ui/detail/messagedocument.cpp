#include "messagedocument.h"

#include "items/itemroles.h"
#include "items/itemtext.h"
#include "safehtml.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QPalette>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QColor mixed(const QColor &a, const QColor &b, double amount)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

// A link when Dixa gave an address the system browser may open, the name alone otherwise.
QString linkHtml(const QString &url, const QString &name)
{
    if (!SafeHtml::isOpenableLink(url))
        return name.toHtmlEscaped();
    return u"<a href=\"%1\">%2</a>"_s.arg(url.toHtmlEscaped(), name.toHtmlEscaped());
}

QString fileName(const Dixa::File &file)
{
    if (file.prettyName && !file.prettyName->isEmpty())
        return *file.prettyName;
    const QString name = QUrl(file.url).fileName();
    return name.isEmpty() ? file.url : name;
}

QString muted(const QString &html)
{
    return u"<p><i>%1</i></p>"_s.arg(html);
}

// Side margins in pixels: the open side of a bubble shows which way the message went.
constexpr int Offset = 56;

} // namespace

MessageDocument::Colors MessageDocument::Colors::from(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    Colors colors;
    colors.inbound = mixed(base, text, 0.05);
    colors.outbound = mixed(base, QColor(0x1e, 0x6f, 0xd9), 0.12);
    colors.internal = mixed(base, QColor(0xf2, 0xc1, 0x2e), 0.22);
    colors.border = mixed(base, text, 0.16);
    colors.selectedBorder = palette.color(QPalette::Highlight);
    colors.muted = mixed(text, base, 0.45);
    return colors;
}

QString MessageDocument::bodyHtml(const Dixa::Message &message)
{
    if (const std::optional<Dixa::Content> content = message.attributes.content()) {
        if (content->value.trimmed().isEmpty())
            return muted(tr("No text").toHtmlEscaped());
        switch (content->type.value()) {
        case Dixa::ContentType::Html:
            return SafeHtml::fromHtml(content->value);
        case Dixa::ContentType::Markdown:
            return SafeHtml::fromMarkdown(content->value);
        case Dixa::ContentType::Text:
        case Dixa::ContentType::Unknown:
            break;
        }
        return SafeHtml::fromText(content->value);
    }
    if (const auto *phone = message.attributes.as<Dixa::PhoneAttributes>()) {
        const QString call =
            phone->duration
                ? tr("Phone call from %1 to %2, %n second(s)", nullptr, *phone->duration)
                      .arg(phone->from, phone->to)
                : tr("Phone call from %1 to %2").arg(phone->from, phone->to);
        return muted(call.toHtmlEscaped());
    }
    if (const auto *recording = message.attributes.as<Dixa::CallRecordingAttributes>())
        return muted(linkHtml(recording->recording, tr("Call recording")));
    if (const auto *form = message.attributes.as<Dixa::MessengerFormAttributes>()) {
        QString rows;
        const QJsonObject values = form->values();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            const QString value = it.value().isArray()
                                      ? it.value().toVariant().toStringList().join(u", "_s)
                                      : it.value().toVariant().toString();
            rows += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(it.key().toHtmlEscaped(),
                                                                    value.toHtmlEscaped());
        }
        return u"<table cellspacing=\"0\" cellpadding=\"2\">%1</table>"_s.arg(rows);
    }
    if (const auto *email = message.attributes.as<Dixa::EmailAttributes>()) {
        if (email->emailContent && email->emailContent->file)
            return muted(tr("This e-mail is too large to show here: %1")
                             .arg(linkHtml(email->emailContent->file->url,
                                           fileName(*email->emailContent->file))));
    }
    return muted(tr("No text").toHtmlEscaped());
}

QString MessageDocument::attachmentsHtml(const Dixa::Message &message)
{
    const QList<Dixa::File> files = message.attributes.attachments();
    if (files.isEmpty())
        return {};
    QStringList links;
    for (const Dixa::File &file : files)
        links.append(linkHtml(file.url, fileName(file)));
    return tr("Attachments: %1").arg(links.join(u", "_s));
}

void MessageDocument::write(QTextDocument &document, const QAbstractItemModel &model,
                            const Colors &colors)
{
    document.clear();
    QTextFrame *root = document.rootFrame();
    QTextCursor cursor(&document);
    QTextBlockFormat gap;
    gap.setLineHeight(6, QTextBlockFormat::FixedHeight);
    cursor.setBlockFormat(gap);

    QTextCharFormat authorFormat;
    authorFormat.setFontWeight(QFont::Bold);
    QTextCharFormat mutedFormat;
    mutedFormat.setForeground(colors.muted);
    mutedFormat.setFontPointSize(document.defaultFont().pointSizeF() * 0.9);

    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const auto message = index.data(ItemRoles::EntityRole).value<Dixa::Message>();
        const auto direction = Dixa::Direction(index.data(ItemRoles::DirectionRole).toInt());

        QTextFrameFormat frame;
        frame.setProperty(MessageIdProperty, message.id);
        frame.setProperty(DirectionProperty, int(direction));
        frame.setBorder(1);
        frame.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        frame.setBorderBrush(colors.border);
        frame.setPadding(10);
        frame.setMargin(0);
        switch (direction) {
        case Dixa::Direction::Outbound:
            frame.setBackground(colors.outbound);
            frame.setLeftMargin(Offset);
            break;
        case Dixa::Direction::Internal:
            frame.setBackground(colors.internal);
            frame.setLeftMargin(Offset / 2);
            frame.setRightMargin(Offset / 2);
            break;
        case Dixa::Direction::Inbound:
        case Dixa::Direction::Unknown:
            frame.setBackground(colors.inbound);
            frame.setRightMargin(Offset);
            break;
        }

        cursor.setPosition(root->lastPosition());
        cursor.insertFrame(frame);
        const QString author = index.data(ItemRoles::AuthorNameRole).toString();
        cursor.insertText(author.isEmpty() ? tr("Unknown author") : author, authorFormat);
        const QString when = QLocale().toString(
            index.data(ItemRoles::CreatedAtRole).toDateTime().toLocalTime(), QLocale::ShortFormat);
        const QString what = ItemText::direction(direction);
        cursor.insertText(u"   "_s, mutedFormat);
        cursor.insertText(what.isEmpty() ? when : tr("%1 · %2", "direction, time").arg(what, when),
                          mutedFormat);
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        cursor.insertHtml(bodyHtml(message));
        const QString attachments = attachmentsHtml(message);
        if (!attachments.isEmpty()) {
            cursor.insertBlock(QTextBlockFormat(), mutedFormat);
            cursor.insertHtml(attachments);
        }
    }
    // The blocks between the frames are the gaps between the messages: keep them small.
    for (QTextFrame::iterator it = root->begin(); !it.atEnd(); ++it) {
        if (it.currentFrame())
            continue;
        QTextCursor gapCursor(it.currentBlock());
        gapCursor.setBlockFormat(gap);
    }
}

QTextFrame *MessageDocument::messageFrameAt(QTextDocument &document, int position)
{
    QTextCursor cursor(&document);
    cursor.setPosition(qBound(0, position, document.characterCount() - 1));
    for (QTextFrame *frame = cursor.currentFrame(); frame; frame = frame->parentFrame()) {
        if (!messageId(frame).isEmpty())
            return frame;
    }
    return nullptr;
}

QString MessageDocument::messageId(const QTextFrame *frame)
{
    return frame ? frame->frameFormat().property(MessageIdProperty).toString() : QString();
}

QList<QTextFrame *> MessageDocument::messageFrames(const QTextDocument &document)
{
    QList<QTextFrame *> frames;
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        if (!messageId(frame).isEmpty())
            frames.append(frame);
    }
    return frames;
}
