#pragma once

#include "entities/note.h"
#include "forms/formdialog.h"

#include <QList>

class EntityPicker;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

// Writes one or several internal notes (CreateInternalNoteInput), each checked on its own, with
// an optional author; for several conversations the same notes go to every one of them.
class NoteDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteDialog)

public:
    NoteDialog(Workspace &ws, int conversationCount, QWidget *parent = nullptr);
    ~NoteDialog() override;

    QList<Dixa::CreateInternalNoteInput> notes() const;

    int noteCount() const { return int(m_notes.size()); }
    // The form of note `index` (0-based).
    SpecForm *noteForm(int index) const { return m_notes.at(index); }
    // Adds an empty note below the others and gives it the keyboard.
    SpecForm *addNote();
    void removeNote(int index);
    EntityPicker *authorPicker() const { return m_author; }
    QPushButton *addNoteButton() const { return m_addNote; }

private:
    // The heading above a note (its number) with, for `box` (an added note), a remove button.
    QHBoxLayout *makeHeading(QWidget *box);
    void renumber();
    void applyAuthor(SpecForm *note) const;

    QList<SpecForm *> m_notes;
    QList<QWidget *> m_boxes; // nullptr for the first note, which is the dialog's own form
    QList<QLabel *> m_headings;
    QList<QPushButton *> m_removeButtons;
    QVBoxLayout *m_noteLayout = nullptr;
    SpecForm *m_authorForm = nullptr;
    EntityPicker *m_author = nullptr;
    QPushButton *m_addNote = nullptr;
};
