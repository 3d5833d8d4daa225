#pragma once

#include <QCoreApplication>
#include <QString>

// Everything that can go wrong with one API call, as one value with a sentence a supervisor can
// act on.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Network,      // no connection, connection dropped, DNS, TLS
        Timeout,      // no answer within the time-out
        Unauthorized, // 401/403: the API key was refused
        BadRequest,   // 400, with the server's reason
        NotFound,     // 404
        Conflict,     // 409
        RateLimited,  // 429 after the retries ran out
        Server,       // 5xx
        Decode,       // the answer did not have the documented shape
        Refused,      // the console would not send it (unsafe address, foreign page link)
        Cancelled,    // the user cancelled
        Unexpected,   // any other HTTP status
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString serverMessage; // the "message" of Dixa's error body, when there was one
    QString detail;        // the JSON path that did not fit, or the network layer's text

    bool isError() const { return kind != Kind::None; }
    // A full sentence: what happened and what the user can do about it.
    QString message() const;

    static ApiError fromHttpStatus(int status, const QString &serverMessage);
    static ApiError decode(const QString &jsonPath, const QString &what);
};
