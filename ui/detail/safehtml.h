#pragma once

#include <QCoreApplication>
#include <QString>

// Message bodies (Html, Markdown, Text) turned into HTML that is safe to show: a whitelist of
// formatting tags and attributes survives; scripts, styles, event handlers, forms, frames and
// every image (remote ones would be fetched, local ones would read files) are dropped, and a link
// keeps its target only when it is http(s) or mailto. Whatever the sender wrote, the result can
// neither run code nor make the app load anything.
class SafeHtml
{
    Q_DECLARE_TR_FUNCTIONS(SafeHtml)

public:
    static QString fromHtml(const QString &html);
    static QString fromMarkdown(const QString &markdown);
    static QString fromText(const QString &text);
    // Whether a link target may be offered to the system browser.
    static bool isOpenableLink(const QString &url);
};
