#include "tagdialog.h"

#include "forms/entitypicker.h"
#include "forms/specform.h"
#include "session/workspace.h"

namespace {
const QString tagSchema = QStringLiteral("TagConversationInput");
}

TagDialog::TagDialog(Workspace &ws, Mode mode, int conversationCount, QWidget *parent)
    : FormDialog(ws, tagSchema, parent)
    , m_mode(mode)
{
    const bool one = conversationCount == 1;
    if (mode == Mode::Add) {
        setObjectName(QStringLiteral("tagDialog"));
        setWindowTitle(one ? tr("Tag conversation")
                           : tr("Tag %n conversations", nullptr, conversationCount));
        setIntro(one ? tr("The tag you choose is put on the conversation. Only active tags can "
                          "be added.")
                     : tr("The tag you choose is put on all %n conversations. Only active tags "
                          "can be added.",
                          nullptr, conversationCount));
        setAcceptText(tr("Add tag"));
    } else {
        setObjectName(QStringLiteral("untagDialog"));
        setWindowTitle(one ? tr("Remove a tag")
                           : tr("Remove a tag from %n conversations", nullptr, conversationCount));
        setIntro(one ? tr("The tag you choose is taken off the conversation.")
                     : tr("The tag you choose is taken off every one of the %n conversations "
                          "that carries it.",
                          nullptr, conversationCount));
        setAcceptText(tr("Remove tag"));
    }

    m_tag = new EntityPicker(ws, EntityPicker::Kind::Tag, form());
    m_tag->setActiveOnly(mode == Mode::Add);
    m_tag->setVisibleRows(8);
    // The schema names a tag by its name; the name of the tag picked is what it checks.
    const SpecField field = ws.spec().field(tagSchema, QStringLiteral("name"));
    EntityPicker *picker = m_tag;
    form()->addEditor(QStringLiteral("name"), field, m_tag,
                      [picker] { return QJsonValue(picker->currentName()); });
    connect(m_tag, &EntityPicker::changed, form(), &SpecForm::refresh);
    focusFirstField();
}

TagDialog::~TagDialog() = default;

QString TagDialog::tagId() const
{
    return m_tag->currentId();
}

void TagDialog::setOfferedTagIds(const QStringList &ids)
{
    m_tag->setOfferedIds(ids);
}
