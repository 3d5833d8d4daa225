#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Dixa {

// The markup of a message body.
enum class ContentType { Unknown, Html, Markdown, Text };

template<>
struct EnumNames<ContentType>
{
    static constexpr std::u16string_view names[] = {u"Html", u"Markdown", u"Text"};
};

// The body of a message: text with its markup (`_type` Html, Markdown or Text).
struct Content
{
    OpenEnum<ContentType> type; // "_type"; null when absent
    QString value;
    QJsonObject extra; // members this version does not know, written back unchanged

    static std::optional<Content> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// A file Dixa stores or is asked to fetch: an attachment, an inline image, a recording.
struct File
{
    QString url;
    std::optional<QString> prettyName;
    QJsonObject extra;

    static std::optional<File> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// One e-mail address with its display name.
struct EmailContact
{
    QString email;
    std::optional<QString> name;
    QJsonObject extra;

    static std::optional<EmailContact> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// Whether an e-mail body came inline or as a file.
enum class EmailContentType { Unknown, Regular, TooLarge };

template<>
struct EnumNames<EmailContentType>
{
    static constexpr std::u16string_view names[] = {u"Regular", u"TooLarge"};
};

// The body of an e-mail: inline content (Regular) or a link to it when it was too large.
struct EmailContent
{
    OpenEnum<EmailContentType> type; // "_type"; an unknown one keeps its members in extra
    std::optional<Content> content;  // Regular
    std::optional<File> file;        // TooLarge
    QJsonObject extra;

    static std::optional<EmailContent> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa
