#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

// The languages of the demo organisation; also the locales its people come from.
enum DemoLanguage { English, Danish, German, Spanish, French, LanguageCount };

// One way a support case goes: what the customer asks, what the agent answers, and so on.
struct DemoCase
{
    QString subject;
    QString opening;
    QString reply;
    QString followUp;
    QString reply2;
    QString note; // what the agent writes down about it
};

// What customers write about, with the tags and contact reason that go with it.
struct DemoTopic
{
    QString key;
    int weight = 1;
    QStringList tags;
    QStringList contactReason;  // option values of the contact_reason attribute
    QString customerAttachment; // "photo" or empty
    QString agentAttachment;    // "invoice", "label" or empty
    QList<int> products;        // the products the topic can be about
    QList<int> photoInFollowUp; // cases whose follow-up carries a photo
    std::array<QList<DemoCase>, LanguageCount> cases;
};

// The fixed phrases of one language: greetings, sign-offs, notes, addresses.
struct DemoPhrases
{
    QString supportEmail;
    QString supportName;
    QString supportPhone;
    QString smsNumber;
    QString integrationEmail;
    QString autoReplyTemplate;
    QString outboundSubject;
    QString dateFormat;
    QStringList months;
    QStringList pages;
    QStringList customerGreetings;
    QStringList customerSignOffs;
    QStringList agentGreetings;
    QStringList chatGreetings;
    QStringList agentSignOffs;
    QStringList thanks;
    QStringList closings;
    QStringList nudges;
    QStringList outboundOpenings;
    QStringList outboundResponses;
    QStringList autoReplies;
    QStringList notes;
    QStringList callNotes;
    QStringList positiveComments;
    QStringList negativeComments;
};

// How people of one locale are called and reached.
struct DemoLocale
{
    QString code;
    int weight = 1;
    int nationalLength = 8;
    int subscriberDigits = 6;
    QString phonePrefix;
    QString officePrefix;
    QStringList firstNames;
    QStringList lastNames;
    QStringList middleNames;
    QStringList emailDomains;
    QStringList mobilePrefixes;
};

// A catalogue item, named in every language.
struct DemoProduct
{
    std::array<QString, LanguageCount> names;
    QString kind;
    int priceEur = 0;
};

// The word lists and phrase templates of resources/sandbox/, read and parsed once per process.
struct DemoWords
{
    std::array<DemoLocale, LanguageCount> locales;
    std::array<DemoPhrases, LanguageCount> phrases;
    QList<DemoTopic> topics;
    QList<int> topicWeights;
    QList<int> localeWeights;
    QList<int> outboundTopics; // topic of each outbound opening, by index
    QList<DemoProduct> products;
    // organization.json as written: company, teams, queues, tags, attribute definitions.
    QJsonObject organization;

    int topicIndex(const QString &key) const;

    static const DemoWords &instance();
    static QString languageCode(int language);
    // -1 when `code` is not one of ours.
    static int languageOf(const QString &code);
};
