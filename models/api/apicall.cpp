#include "apicall.h"

namespace ApiDecode {

ApiError failure(const Dixa::JsonReader &reader)
{
    if (!reader.failed())
        return ApiError::decode(QString(), QStringLiteral("no value"));
    return ApiError::decode(reader.errorPath(), reader.errorWhat());
}

bool checkListBody(const ApiResult &result, Dixa::JsonReader &reader)
{
    if (!result.body.isObject()) {
        reader.fail(QStringLiteral("expected an object"));
        return false;
    }
    const QJsonValue data = result.body.toObject().value(QStringLiteral("data"));
    if (data.isUndefined()) {
        reader.failMember(u"data", QStringLiteral("required member is missing"));
        return false;
    }
    if (!data.isArray()) {
        reader.failMember(u"data", QStringLiteral("expected an array"));
        return false;
    }
    return true;
}

ApiOutcome<Done> nothing(const ApiResult &result)
{
    ApiOutcome<Done> outcome{result.error, std::nullopt, result};
    if (!result.error.isError())
        outcome.value = Done{};
    return outcome;
}

ApiResult jobGone()
{
    ApiResult result;
    result.error.kind = ApiError::Kind::Cancelled;
    return result;
}

} // namespace ApiDecode
