#include "demowords.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
const char16_t *const LanguageCodes[LanguageCount] = {u"en", u"da", u"de", u"es", u"fr"};

QJsonObject readResource(const QString &name)
{
    QFile file(QStringLiteral(":/sandbox/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Demo organisation: the word list %s is not in the resources", qPrintable(name));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        qFatal("Demo organisation: %s does not parse: %s", qPrintable(name),
               qPrintable(error.errorString()));
    return document.object();
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    list.reserve(array.size());
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

DemoPhrases readPhrases(const QJsonObject &object)
{
    const auto text = [&object](const char16_t *key) {
        return object.value(QString::fromUtf16(key)).toString();
    };
    const auto list = [&object](const char16_t *key) {
        return strings(object.value(QString::fromUtf16(key)));
    };
    DemoPhrases phrases;
    phrases.supportEmail = text(u"supportEmail");
    phrases.supportName = text(u"supportName");
    phrases.supportPhone = text(u"supportPhone");
    phrases.smsNumber = text(u"smsNumber");
    phrases.integrationEmail = text(u"integrationEmail");
    phrases.autoReplyTemplate = text(u"autoReplyTemplate");
    phrases.outboundSubject = text(u"outboundSubject");
    phrases.dateFormat = text(u"dateFormat");
    phrases.months = list(u"months");
    phrases.pages = list(u"pages");
    phrases.customerGreetings = list(u"customerGreetings");
    phrases.customerSignOffs = list(u"customerSignOffs");
    phrases.agentGreetings = list(u"agentGreetings");
    phrases.chatGreetings = list(u"chatGreetings");
    phrases.agentSignOffs = list(u"agentSignOffs");
    phrases.thanks = list(u"thanks");
    phrases.closings = list(u"closings");
    phrases.nudges = list(u"nudges");
    phrases.outboundOpenings = list(u"outboundOpenings");
    phrases.outboundResponses = list(u"outboundResponses");
    phrases.autoReplies = list(u"autoReplies");
    phrases.notes = list(u"notes");
    phrases.callNotes = list(u"callNotes");
    phrases.positiveComments = list(u"positiveComments");
    phrases.negativeComments = list(u"negativeComments");
    return phrases;
}

DemoLocale readLocale(const QString &code, const QJsonObject &object)
{
    DemoLocale locale;
    locale.code = code;
    locale.weight = object.value(QStringLiteral("weight")).toInt(1);
    locale.nationalLength = object.value(QStringLiteral("nationalLength")).toInt(8);
    locale.subscriberDigits = object.value(QStringLiteral("subscriberDigits")).toInt(6);
    locale.phonePrefix = object.value(QStringLiteral("phonePrefix")).toString();
    locale.officePrefix = object.value(QStringLiteral("officePrefix")).toString();
    locale.firstNames = strings(object.value(QStringLiteral("firstNames")));
    locale.lastNames = strings(object.value(QStringLiteral("lastNames")));
    locale.middleNames = strings(object.value(QStringLiteral("middleNames")));
    locale.emailDomains = strings(object.value(QStringLiteral("emailDomains")));
    locale.mobilePrefixes = strings(object.value(QStringLiteral("mobilePrefixes")));
    return locale;
}

DemoCase readCase(const QJsonObject &object)
{
    return DemoCase{object.value(QStringLiteral("subject")).toString(),
                    object.value(QStringLiteral("opening")).toString(),
                    object.value(QStringLiteral("reply")).toString(),
                    object.value(QStringLiteral("followUp")).toString(),
                    object.value(QStringLiteral("reply2")).toString(),
                    object.value(QStringLiteral("note")).toString()};
}

DemoWords load()
{
    DemoWords words;
    words.organization = readResource(QStringLiteral("organization.json"));
    const QJsonObject people =
        readResource(QStringLiteral("people.json")).value(QStringLiteral("locales")).toObject();

    const QJsonArray products = words.organization.value(QStringLiteral("products")).toArray();
    for (const QJsonValue &value : products) {
        const QJsonObject object = value.toObject();
        DemoProduct product;
        product.kind = object.value(QStringLiteral("kind")).toString();
        product.priceEur = object.value(QStringLiteral("price")).toInt();
        for (int language = 0; language < LanguageCount; ++language)
            product.names[language] = object.value(DemoWords::languageCode(language)).toString();
        words.products.append(product);
    }

    const QJsonArray topics = words.organization.value(QStringLiteral("topics")).toArray();
    for (const QJsonValue &value : topics) {
        const QJsonObject object = value.toObject();
        DemoTopic topic;
        topic.key = object.value(QStringLiteral("key")).toString();
        topic.weight = object.value(QStringLiteral("weight")).toInt(1);
        topic.tags = strings(object.value(QStringLiteral("tags")));
        topic.contactReason = strings(object.value(QStringLiteral("contactReason")));
        topic.customerAttachment = object.value(QStringLiteral("customerAttachment")).toString();
        topic.agentAttachment = object.value(QStringLiteral("agentAttachment")).toString();
        const QStringList kinds = strings(object.value(QStringLiteral("productKinds")));
        for (int i = 0; i < words.products.size(); ++i) {
            if (kinds.isEmpty() || kinds.contains(words.products.at(i).kind))
                topic.products.append(i);
        }
        for (const QJsonValue &index : object.value(QStringLiteral("photoInFollowUp")).toArray())
            topic.photoInFollowUp.append(index.toInt());
        words.topics.append(topic);
        words.topicWeights.append(topic.weight);
    }

    for (int language = 0; language < LanguageCount; ++language) {
        const QString code = DemoWords::languageCode(language);
        words.locales[language] = readLocale(code, people.value(code).toObject());
        words.localeWeights.append(words.locales[language].weight);
        const QJsonObject file = readResource(QStringLiteral("lang_%1.json").arg(code));
        words.phrases[language] = readPhrases(file.value(QStringLiteral("phrases")).toObject());
        const QJsonObject cases = file.value(QStringLiteral("topics")).toObject();
        for (DemoTopic &topic : words.topics) {
            for (const QJsonValue &item : cases.value(topic.key).toArray())
                topic.cases[language].append(readCase(item.toObject()));
            if (topic.cases[language].isEmpty())
                qFatal("Demo organisation: topic %s has no text in %s", qPrintable(topic.key),
                       qPrintable(code));
        }
    }

    // The team writes its internal notes in English where a market has none of its own.
    for (DemoTopic &topic : words.topics) {
        for (int language = 0; language < LanguageCount; ++language) {
            QList<DemoCase> &cases = topic.cases[language];
            for (int i = 0; i < cases.size(); ++i) {
                if (cases[i].note.isEmpty())
                    cases[i].note = topic.cases[English].value(i).note;
            }
        }
    }
    for (DemoPhrases &phrases : words.phrases) {
        if (phrases.notes.isEmpty())
            phrases.notes = words.phrases[English].notes;
        if (phrases.callNotes.isEmpty())
            phrases.callNotes = words.phrases[English].callNotes;
    }

    for (const QString &key : strings(words.organization.value(QStringLiteral("outboundTopics"))))
        words.outboundTopics.append(qMax(0, words.topicIndex(key)));
    return words;
}
} // namespace

int DemoWords::topicIndex(const QString &key) const
{
    for (int i = 0; i < topics.size(); ++i) {
        if (topics.at(i).key == key)
            return i;
    }
    return -1;
}

const DemoWords &DemoWords::instance()
{
    // Immutable once built; the static's initialisation is thread-safe.
    static const DemoWords words = load();
    return words;
}

QString DemoWords::languageCode(int language)
{
    if (language < 0 || language >= LanguageCount)
        return QStringLiteral("en");
    return QString::fromUtf16(LanguageCodes[language]);
}

int DemoWords::languageOf(const QString &code)
{
    for (int language = 0; language < LanguageCount; ++language) {
        if (code == QStringView(LanguageCodes[language]))
            return language;
    }
    return -1;
}
