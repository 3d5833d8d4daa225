#include "newconversationdialog.h"

#include "forms/entitypicker.h"
#include "forms/messagerows.h"
#include "forms/specform.h"
#include "session/workspace.h"

#include <QComboBox>

#include <algorithm>

namespace {

const QString rootSchema = QStringLiteral("CreateConversationInput");
const QString typeKey = QStringLiteral("_type");
const QString messageDirection = QStringLiteral("message._type");

// The channels supervisors start most often first; any type a newer schema adds comes last.
QStringList orderedTypes(const QHash<QString, QString> &variants)
{
    QStringList order{QStringLiteral("Email"), QStringLiteral("Sms"), QStringLiteral("Chat"),
                      QStringLiteral("ContactForm"), QStringLiteral("Callback")};
    order.erase(
        std::remove_if(order.begin(), order.end(),
                       [&variants](const QString &type) { return !variants.contains(type); }),
        order.end());
    QStringList rest;
    for (auto it = variants.begin(); it != variants.end(); ++it) {
        if (!order.contains(it.key()))
            rest.append(it.key());
    }
    rest.sort();
    return order + rest;
}

} // namespace

NewConversationDialog::NewConversationDialog(Workspace &ws, QWidget *parent)
    : FormDialog(ws, rootSchema, parent)
{
    setObjectName(QStringLiteral("newConversationDialog"));
    setWindowTitle(tr("New conversation"));
    setIntro(tr("Start a conversation with an end user: pick the requester and the channel, "
                "then fill in what that channel needs (marked *)."));
    setAcceptText(tr("Create conversation"));

    const SpecCatalog &spec = ws.spec();
    m_variants = spec.variants(rootSchema);
    const QStringList types = orderedTypes(m_variants);
    const QString first = m_variants.value(types.value(0));

    m_requester =
        qobject_cast<EntityPicker *>(form()->addField(QStringLiteral("requesterId"), first));
    m_requester->setVisibleRows(6);

    m_type = new QComboBox(form());
    for (const QString &type : types)
        m_type->addItem(spec.title(m_variants.value(type)), type);
    SpecField typeField = spec.field(first, typeKey);
    typeField.required = true;
    typeField.description = spec.title(rootSchema);
    QComboBox *combo = m_type;
    form()->addEditor(typeKey, typeField, m_type,
                      [combo] { return QJsonValue(combo->currentData().toString()); });
    m_variantStart = form()->rowCount();
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { rebuildVariant(); });
    rebuildVariant();
    focusFirstField();
}

NewConversationDialog::~NewConversationDialog() = default;

QStringList NewConversationDialog::types() const
{
    QStringList out;
    for (int i = 0; i < m_type->count(); ++i)
        out.append(m_type->itemData(i).toString());
    return out;
}

QString NewConversationDialog::type() const
{
    return m_type->currentData().toString();
}

void NewConversationDialog::setType(const QString &type)
{
    const int index = m_type->findData(type);
    if (index >= 0)
        m_type->setCurrentIndex(index);
}

void NewConversationDialog::setMessageDirection(const QString &direction)
{
    if (!m_direction)
        return;
    const int index = m_direction->findData(direction);
    if (index >= 0)
        m_direction->setCurrentIndex(index);
}

void NewConversationDialog::remember(int fromRow)
{
    for (const QString &path : form()->paths(fromRow))
        m_remembered.insert(path, form()->value(path));
}

void NewConversationDialog::restore(int fromRow)
{
    for (const QString &path : form()->paths(fromRow)) {
        const auto it = m_remembered.constFind(path);
        if (it != m_remembered.constEnd() && it->isString())
            form()->setValue(path, *it);
    }
}

void NewConversationDialog::rebuildVariant()
{
    const SpecCatalog &spec = workspace().spec();
    remember(m_variantStart);
    m_direction = nullptr;
    m_messageStart = -1;
    form()->removeConstants(QStringLiteral("message"));
    form()->truncate(m_variantStart);

    const QString schema = m_variants.value(type());
    SpecField message;
    for (const SpecField &field : spec.fields(schema)) {
        if (!field.required || field.name == typeKey || field.name == QLatin1String("requesterId"))
            continue;
        if (!field.ref.isEmpty()) {
            message = field; // the first message goes last, under its own heading
            continue;
        }
        QWidget *editor = form()->addField(field.name, schema);
        if (auto *picker = qobject_cast<EntityPicker *>(editor))
            picker->setVisibleRows(5);
    }
    m_messageRef = message.ref;
    if (!message.name.isEmpty()) {
        form()->addSection(message.title);
        const QHash<QString, QString> directions = spec.variants(message.ref);
        if (directions.size() > 1) {
            m_direction = new QComboBox(form());
            QStringList keys = directions.keys();
            std::sort(keys.begin(), keys.end(), std::greater<>()); // Outbound first
            for (const QString &key : std::as_const(keys))
                m_direction->addItem(spec.title(directions.value(key)), key);
            SpecField field = spec.field(directions.value(keys.constFirst()), typeKey);
            field.required = true;
            QComboBox *combo = m_direction;
            form()->addEditor(messageDirection, field, m_direction,
                              [combo] { return QJsonValue(combo->currentData().toString()); });
            connect(m_direction, &QComboBox::currentIndexChanged, this,
                    [this] { rebuildMessage(); });
        }
        m_messageStart = form()->rowCount();
        rebuildMessage();
    }
    restore(m_variantStart);
}

void NewConversationDialog::rebuildMessage()
{
    if (m_messageStart < 0)
        return;
    remember(m_messageStart);
    form()->removeConstants(QStringLiteral("message.content"));
    form()->truncate(m_messageStart);
    const QHash<QString, QString> directions = workspace().spec().variants(m_messageRef);
    const QString variant =
        m_direction ? directions.value(m_direction->currentData().toString()) : m_messageRef;
    MessageRows::add(form(), QStringLiteral("message."), variant, m_direction != nullptr);
    restore(m_messageStart);
}

Dixa::CreateConversationInput NewConversationDialog::input() const
{
    Dixa::JsonReader reader;
    return Dixa::CreateConversationInput::fromJson(form()->json(), reader)
        .value_or(Dixa::CreateConversationInput());
}
