#include "notedialog.h"

#include "forms/entitypicker.h"
#include "forms/specform.h"

#include <QBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>

namespace {
const QString noteSchema = QStringLiteral("CreateInternalNoteInput");
}

NoteDialog::NoteDialog(Workspace &ws, int conversationCount, QWidget *parent)
    : FormDialog(ws, noteSchema, parent)
{
    setObjectName(QStringLiteral("noteDialog"));
    if (conversationCount == 1) {
        setWindowTitle(tr("Add internal notes"));
        setIntro(tr("Internal notes are seen by agents only, never by the requester. Write one "
                    "note, or add more."));
    } else {
        setWindowTitle(tr("Add internal notes to %n conversations", nullptr, conversationCount));
        setIntro(tr("The same notes are added to each of the %n conversations. Internal notes "
                    "are seen by agents only, never by the requesters.",
                    nullptr, conversationCount));
    }
    setAcceptText(tr("Add notes"));

    // The first note is the dialog's own form; more go below it, each under a heading with
    // its number (shown once there are several) and a button that removes it.
    m_noteLayout = new QVBoxLayout;
    m_noteLayout->setContentsMargins(0, 0, 0, 0);
    m_noteLayout->setSpacing(6);
    contentLayout()->insertLayout(0, m_noteLayout);
    form()->addField(QStringLiteral("message"), {}, true);
    form()->reserveMnemonics(QStringLiteral("a"));
    m_noteLayout->addLayout(makeHeading(nullptr));
    m_noteLayout->addWidget(form());
    m_notes.append(form());
    m_boxes.append(nullptr);

    m_addNote = new QPushButton(tr("&Add another note"), this);
    m_addNote->setObjectName(QStringLiteral("addNote"));
    m_addNote->setAutoDefault(false);
    connect(m_addNote, &QPushButton::clicked, this, [this] { addNote(); });
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addNote);
    addRow->addStretch(1);
    contentLayout()->addLayout(addRow);

    m_authorForm = new SpecForm(ws, noteSchema, this);
    m_authorForm->setObjectName(QStringLiteral("authorForm"));
    m_authorForm->reserveMnemonics(QStringLiteral("an"));
    m_author = qobject_cast<EntityPicker *>(m_authorForm->addField(QStringLiteral("agentId")));
    // The author is part of every note: each note form checks the whole body that is sent.
    m_authorForm->setReasonVisible(false);
    contentLayout()->addWidget(m_authorForm);
    connect(m_author, &EntityPicker::changed, this, [this] {
        for (SpecForm *note : std::as_const(m_notes))
            applyAuthor(note);
    });
    renumber();
    focusFirstField();
}

NoteDialog::~NoteDialog() = default;

QHBoxLayout *NoteDialog::makeHeading(QWidget *box)
{
    auto *heading = new QLabel(box ? box : this);
    heading->setObjectName(QStringLiteral("noteHeading"));
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    m_headings.append(heading);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(heading);
    row->addStretch(1);
    if (!box) {
        m_removeButtons.append(nullptr);
        return row;
    }
    auto *remove = new QPushButton(box);
    remove->setObjectName(QStringLiteral("removeNote"));
    remove->setAutoDefault(false);
    connect(remove, &QPushButton::clicked, this, [this, box] {
        const auto index = m_boxes.indexOf(box);
        if (index > 0)
            removeNote(int(index));
    });
    row->addWidget(remove);
    m_removeButtons.append(remove);
    return row;
}

SpecForm *NoteDialog::addNote()
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("note%1").arg(m_notes.size() + 1));
    auto *note = new SpecForm(workspace(), noteSchema, box);
    QWidget *editor = note->addField(QStringLiteral("message"), {}, true);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(makeHeading(box));
    layout->addWidget(note);

    // Tab goes through the notes in the order shown, then on to "Add another note" and the
    // author, though this note's controls were made after those.
    QWidget *previous = m_notes.constLast()->editor(QStringLiteral("message"));
    for (QWidget *next :
         {static_cast<QWidget *>(m_removeButtons.constLast()), editor,
          static_cast<QWidget *>(m_addNote), static_cast<QWidget *>(m_author->filterEdit()),
          static_cast<QWidget *>(m_author->listView())}) {
        setTabOrder(previous, next);
        previous = next;
    }

    m_noteLayout->addWidget(box);
    applyAuthor(note);
    m_notes.append(note);
    m_boxes.append(box);
    addForm(note);
    renumber();
    editor->setFocus(Qt::OtherFocusReason);
    return note;
}

void NoteDialog::removeNote(int index)
{
    if (index <= 0 || index >= m_notes.size())
        return; // the first note is the dialog's own form
    SpecForm *note = m_notes.takeAt(index);
    QWidget *box = m_boxes.takeAt(index);
    m_headings.removeAt(index);
    m_removeButtons.removeAt(index);
    removeForm(note);
    box->hide();
    box->deleteLater();
    renumber();
    adjustSize();
}

void NoteDialog::applyAuthor(SpecForm *note) const
{
    const QString author = m_author->currentId();
    note->setConstant(QStringLiteral("agentId"),
                      author.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(author));
}

void NoteDialog::renumber()
{
    const bool several = m_notes.size() > 1;
    for (int i = 0; i < m_notes.size(); ++i) {
        const QString caption = tr("Note %1").arg(i + 1);
        m_notes.at(i)->setCaption(several ? caption : QString());
        m_headings.at(i)->setText(caption);
        m_headings.at(i)->setVisible(several);
        if (QPushButton *remove = m_removeButtons.at(i)) {
            remove->setText(tr("Remove"));
            remove->setAccessibleName(tr("Remove note %1").arg(i + 1));
        }
        m_notes.at(i)->refresh();
    }
}

QList<Dixa::CreateInternalNoteInput> NoteDialog::notes() const
{
    QList<Dixa::CreateInternalNoteInput> out;
    for (const SpecForm *note : m_notes) {
        const QJsonObject json = note->json();
        Dixa::CreateInternalNoteInput input;
        input.message = json.value(QStringLiteral("message")).toString();
        if (json.contains(QStringLiteral("agentId")))
            input.agentId = json.value(QStringLiteral("agentId")).toString();
        out.append(input);
    }
    return out;
}
