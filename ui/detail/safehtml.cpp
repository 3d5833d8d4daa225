#include "safehtml.h"

#include <QRegularExpression>
#include <QSet>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// Formatting that cannot fetch or run anything. Everything else loses its tag (its text stays).
const QSet<QString> &allowedTags()
{
    static const QSet<QString> tags{
        u"a"_s,     u"abbr"_s,    u"address"_s, u"b"_s,    u"big"_s,   u"blockquote"_s,
        u"br"_s,    u"caption"_s, u"center"_s,  u"cite"_s, u"code"_s,  u"dd"_s,
        u"del"_s,   u"div"_s,     u"dl"_s,      u"dt"_s,   u"em"_s,    u"font"_s,
        u"h1"_s,    u"h2"_s,      u"h3"_s,      u"h4"_s,   u"h5"_s,    u"h6"_s,
        u"hr"_s,    u"i"_s,       u"ins"_s,     u"kbd"_s,  u"li"_s,    u"ol"_s,
        u"p"_s,     u"pre"_s,     u"q"_s,       u"s"_s,    u"samp"_s,  u"small"_s,
        u"span"_s,  u"strike"_s,  u"strong"_s,  u"sub"_s,  u"sup"_s,   u"table"_s,
        u"tbody"_s, u"td"_s,      u"tfoot"_s,   u"th"_s,   u"thead"_s, u"tr"_s,
        u"tt"_s,    u"u"_s,       u"ul"_s,
    };
    return tags;
}

// Elements whose content is not text to read (code, styles, embedded documents): dropped whole.
const QSet<QString> &droppedWithContent()
{
    static const QSet<QString> tags{
        u"applet"_s,  u"embed"_s,    u"frameset"_s, u"head"_s,     u"iframe"_s, u"math"_s,
        u"noembed"_s, u"noframes"_s, u"noscript"_s, u"object"_s,   u"script"_s, u"select"_s,
        u"style"_s,   u"svg"_s,      u"template"_s, u"textarea"_s, u"title"_s,  u"xml"_s,
    };
    return tags;
}

const QSet<QString> &allowedAttributes()
{
    static const QSet<QString> names{
        u"align"_s, u"alt"_s,     u"bgcolor"_s, u"border"_s, u"cellpadding"_s, u"cellspacing"_s,
        u"color"_s, u"colspan"_s, u"dir"_s,     u"height"_s, u"href"_s,        u"rowspan"_s,
        u"start"_s, u"style"_s,   u"title"_s,   u"type"_s,   u"valign"_s,      u"width"_s,
    };
    return names;
}

// Numeric character references and &amp;, as a browser would read them, so that an encoded
// "javascript:" is seen for what it is.
QString decodeReferences(const QString &value)
{
    static const QRegularExpression reference(u"&#(x?)([0-9a-fA-F]+);?"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype last = 0;
    auto it = reference.globalMatch(value);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(value).mid(last, match.capturedStart() - last);
        bool ok = false;
        const uint code = match.captured(2).toUInt(&ok, match.captured(1).isEmpty() ? 10 : 16);
        if (ok && code > 0 && code <= 0x10FFFF) {
            const char32_t character = code;
            out += QString::fromUcs4(&character, 1);
        }
        last = match.capturedEnd();
    }
    out += QStringView(value).mid(last);
    out.replace(u"&amp;"_s, u"&"_s, Qt::CaseInsensitive);
    return out;
}

// The CSS a message keeps: emphasis, colour and alignment. Whatever could load something,
// position or hide content, or override the app's font (mail sets its own sizes and faces, and
// the thread reads better in one) goes; escapes and references drop the whole attribute.
QString sanitizedStyle(const QString &style)
{
    static const QSet<QString> properties{
        u"background-color"_s, u"color"_s,           u"font-style"_s,     u"font-weight"_s,
        u"text-align"_s,       u"text-decoration"_s, u"vertical-align"_s, u"white-space"_s,
    };
    if (style.contains(u'\\') || style.contains(u'&'))
        return {};
    QStringList kept;
    for (const QString &declaration : style.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon < 0)
            continue;
        const QString property = declaration.left(colon).trimmed().toLower();
        const QString value = declaration.mid(colon + 1).trimmed();
        if (value.contains(u'('))
            continue; // url(), expression() and friends: nothing with a call in it
        if (property == u"font-family"_s) {
            // Only the one family that carries meaning: code (Markdown's `inline code`).
            const QString family = value.toLower();
            if (family.contains(u"monospace"_s) || family.contains(u"courier"_s))
                kept.append(u"font-family:monospace"_s);
            continue;
        }
        if (!properties.contains(property))
            continue;
        kept.append(QString(property + u':' + value));
    }
    return kept.join(u';');
}

QString sanitizedAttributes(const QString &tag, const QString &attributes)
{
    static const QRegularExpression attribute(
        uR"(([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?)"_s);
    QString out;
    auto it = attribute.globalMatch(attributes);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1).toLower();
        if (!allowedAttributes().contains(name))
            continue; // on* handlers, src, background, id, class...
        QString value = match.captured(2);
        if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\'')))
            value = value.mid(1, value.size() - 2);
        if (name == u"href"_s && (tag != u"a"_s || !SafeHtml::isOpenableLink(value)))
            continue;
        if (name == u"style"_s) {
            value = sanitizedStyle(value);
            if (value.isEmpty())
                continue;
        }
        value.replace(u'"', u"&quot;"_s);
        value.replace(u'<', u"&lt;"_s);
        out += QString(u' ' + name + u"=\"" + value + u'"');
    }
    return out;
}

QString imagePlaceholder(const QString &attributes)
{
    static const QRegularExpression alt(uR"(\balt\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    QString text = alt.match(attributes).captured(1);
    if (text.size() >= 2 && (text.startsWith(u'"') || text.startsWith(u'\'')))
        text = text.mid(1, text.size() - 2);
    text = decodeReferences(text).trimmed();
    const QString label = text.isEmpty() ? SafeHtml::tr("[image not loaded]")
                                         : SafeHtml::tr("[image not loaded: %1]").arg(text);
    return QString(u"<span style=\"color:#808080\">" + label.toHtmlEscaped() + u"</span>");
}

} // namespace

bool SafeHtml::isOpenableLink(const QString &url)
{
    const QUrl parsed(decodeReferences(url).trimmed());
    if (!parsed.isValid())
        return false;
    const QString scheme = parsed.scheme().toLower();
    return scheme == u"http"_s || scheme == u"https"_s || scheme == u"mailto"_s;
}

QString SafeHtml::fromHtml(const QString &html)
{
    static const QRegularExpression tagPattern(
        uR"(<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*/?>)"_s);
    QString out;
    out.reserve(html.size());
    qsizetype pos = 0;
    while (pos < html.size()) {
        const qsizetype open = html.indexOf(u'<', pos);
        if (open < 0) {
            out += QStringView(html).mid(pos);
            break;
        }
        out += QStringView(html).mid(pos, open - pos);
        if (QStringView(html).mid(open).startsWith(u"<!--")) {
            const qsizetype end = html.indexOf(u"-->"_s, open + 4);
            pos = end < 0 ? html.size() : end + 3;
            continue;
        }
        if (QStringView(html).mid(open).startsWith(u"<!") ||
            QStringView(html).mid(open).startsWith(u"<?")) {
            const qsizetype end = html.indexOf(u'>', open);
            pos = end < 0 ? html.size() : end + 1;
            continue;
        }
        const QRegularExpressionMatch tag =
            tagPattern.match(html, open, QRegularExpression::NormalMatch,
                             QRegularExpression::AnchorAtOffsetMatchOption);
        if (!tag.hasMatch()) {
            out += u"&lt;"_s; // a lone "<" is text
            pos = open + 1;
            continue;
        }
        pos = tag.capturedEnd();
        const bool closing = !tag.captured(1).isEmpty();
        const QString name = tag.captured(2).toLower();
        if (droppedWithContent().contains(name)) {
            if (!closing) {
                static const QString closeText = u"</%1"_s;
                const qsizetype end = html.indexOf(closeText.arg(name), pos, Qt::CaseInsensitive);
                const qsizetype close = end < 0 ? -1 : html.indexOf(u'>', end);
                pos = close < 0 ? html.size() : close + 1;
            }
            continue;
        }
        if (name == u"img"_s) {
            if (!closing)
                out += imagePlaceholder(tag.captured(3));
            continue;
        }
        if (!allowedTags().contains(name))
            continue;
        if (closing)
            out += QString(u"</" + name + u'>');
        else
            out += QString(u'<' + name + sanitizedAttributes(name, tag.captured(3)) + u'>');
    }
    return out;
}

QString SafeHtml::fromMarkdown(const QString &markdown)
{
    // Qt's Markdown reader makes the document; raw HTML in the Markdown is taken as text, and
    // the HTML it writes goes through the same whitelist (images and odd links included).
    QTextDocument document;
    document.setMarkdown(markdown,
                         QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                         QTextDocument::MarkdownNoHTML));
    return fromHtml(document.toHtml());
}

QString SafeHtml::fromText(const QString &text)
{
    return Qt::convertFromPlainText(text.trimmed(), Qt::WhiteSpaceNormal);
}
