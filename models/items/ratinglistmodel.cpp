#include "ratinglistmodel.h"

#include "api/dixaapi.h"
#include "itemtext.h"

using namespace Qt::StringLiterals;

RatingListModel::RatingListModel(DixaApi &api, QObject *parent)
    : ConversationDetailModel(api, parent)
{}

RatingListModel::~RatingListModel() = default;

int RatingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Dixa::DixaTime RatingListModel::timeOf(const Dixa::ConversationRating &rating)
{
    for (const QString &key :
         {u"rated_at"_s, u"modified_at"_s, u"offered_at"_s, u"scheduled_at"_s, u"created_at"_s}) {
        if (const auto time = rating.timestamp(key); time && time->isValid())
            return *time;
    }
    return {};
}

QString RatingListModel::scoreText(const Dixa::ConversationRating &rating)
{
    if (!rating.ratingScore)
        return {};
    const int score = *rating.ratingScore;
    switch (rating.ratingType.value()) {
    case Dixa::RatingType::Csat:
        return tr("%1 / 5", "CSAT score").arg(score);
    case Dixa::RatingType::Nps:
        return tr("%1 / 10", "NPS score").arg(score);
    case Dixa::RatingType::ThumbsUpOrDown:
        return score > 0 ? tr("Thumbs up") : tr("Thumbs down");
    case Dixa::RatingType::Unknown:
        break;
    }
    return QString::number(score);
}

QString RatingListModel::typeText(const Dixa::ConversationRating &rating)
{
    switch (rating.ratingType.value()) {
    case Dixa::RatingType::Csat:
        return tr("CSAT", "rating type");
    case Dixa::RatingType::Nps:
        return tr("NPS", "rating type");
    case Dixa::RatingType::ThumbsUpOrDown:
        return tr("Thumbs up or down", "rating type");
    case Dixa::RatingType::Unknown:
        break;
    }
    return ItemText::words(rating.ratingType.text());
}

QString RatingListModel::statusText(const Dixa::ConversationRating &rating)
{
    switch (rating.ratingStatus.value()) {
    case Dixa::RatingStatus::Unscheduled:
        return tr("Unscheduled", "rating status");
    case Dixa::RatingStatus::Offered:
        return tr("Offered", "rating status");
    case Dixa::RatingStatus::Rated:
        return tr("Rated", "rating status");
    case Dixa::RatingStatus::Scheduled:
        return tr("Scheduled", "rating status");
    case Dixa::RatingStatus::Cancelled:
        return tr("Cancelled", "rating status");
    case Dixa::RatingStatus::Unknown:
        break;
    }
    return ItemText::words(rating.ratingStatus.text());
}

QString RatingListModel::agentName(const Dixa::ConversationRating &rating) const
{
    return rating.agentId ? personName(*rating.agentId) : QString();
}

QVariant RatingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Dixa::ConversationRating &rating = item(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ItemRoles::RawValueRole: {
        const bool raw = role == ItemRoles::RawValueRole;
        switch (Column(index.column())) {
        case Time:
            return ItemText::time(timeOf(rating), raw);
        case Type:
            return raw ? rating.ratingType.text() : typeText(rating);
        case Score:
            if (raw)
                return rating.ratingScore ? QVariant(*rating.ratingScore) : QVariant(-1);
            return scoreText(rating);
        case Status:
            return raw ? rating.ratingStatus.text() : statusText(rating);
        case Agent:
            return agentName(rating);
        case Comment:
            return rating.ratingComment.value_or(QString());
        case ColumnCount:
            break;
        }
        return {};
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Score)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case ItemRoles::IdRole:
        return rating.id; // the survey's id, shared by its questions
    case ItemRoles::AuthorIdRole:
        return rating.agentId.value_or(QString());
    case ItemRoles::AuthorNameRole:
        return agentName(rating);
    case ItemRoles::RequesterIdRole:
        return rating.userId;
    case ItemRoles::TextRole:
        return rating.ratingComment.value_or(QString());
    case ItemRoles::ChannelRole:
        return int(rating.conversationChannel.value());
    case ItemRoles::CreatedAtRole:
        return timeOf(rating).toUtc();
    case ItemRoles::ConversationIdRole:
        return conversationId();
    default:
        return itemData(index.row(), role);
    }
}

QVariant RatingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time", "rating");
    case Type:
        return tr("Survey", "rating type column");
    case Score:
        return tr("Score", "rating");
    case Status:
        return tr("Status", "rating");
    case Agent:
        return tr("Agent", "rating");
    case Comment:
        return tr("Comment", "rating");
    case ColumnCount:
        break;
    }
    return {};
}

ApiCall<QList<Dixa::ConversationRating>> RatingListModel::request()
{
    if (conversationId() == 0)
        return {};
    return api().ratings(conversationId());
}

QString RatingListModel::keyOf(const Dixa::ConversationRating &rating) const
{
    return QString(rating.id + u'/' + rating.ratingType.text());
}

QList<int> RatingListModel::contentRoles() const
{
    return {Qt::DisplayRole,
            ItemRoles::RawValueRole,
            ItemRoles::EntityRole,
            ItemRoles::IdRole,
            ItemRoles::AuthorIdRole,
            ItemRoles::AuthorNameRole,
            ItemRoles::RequesterIdRole,
            ItemRoles::TextRole,
            ItemRoles::ChannelRole,
            ItemRoles::CreatedAtRole};
}
