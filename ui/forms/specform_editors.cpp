// The editors of SpecForm's rows: which widget a field gets, and how a value is put into it.
#include "entities/dixatime.h"
#include "entitypicker.h"
#include "specform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>

QWidget *SpecForm::makeEditor(const SpecField &field, bool multiLine,
                              std::function<QJsonValue()> *value)
{
    if (const auto kind = EntityPicker::kindOf(field.pick)) {
        auto *picker = new EntityPicker(m_workspace, *kind, this);
        picker->setOptional(!field.required);
        if (!field.required)
            picker->setVisibleRows(4);
        connect(picker, &EntityPicker::changed, this, &SpecForm::refresh);
        *value = [picker] { return QJsonValue(picker->currentId()); };
        return picker;
    }
    if (!field.allowed.isEmpty()) {
        auto *combo = new QComboBox(this);
        // A required choice starts unmade, so the schema's "required" asks for it.
        combo->addItem(field.required ? tr("Choose…") : tr("(none)", "no value chosen"), QString());
        for (const QString &allowed : field.allowed)
            combo->addItem(allowed, allowed);
        connect(combo, &QComboBox::currentIndexChanged, this, &SpecForm::refresh);
        *value = [combo] { return QJsonValue(combo->currentData().toString()); };
        return combo;
    }
    if (field.format == QLatin1String("date-time")) {
        auto *edit = new QDateTimeEdit(QDateTime::currentDateTime(), this);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(tr("ddd d MMM yyyy, HH:mm", "QDateTimeEdit display format"));
        edit->setTimeSpec(Qt::LocalTime);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &SpecForm::refresh);
        *value = [edit] { return QJsonValue(Dixa::DixaTime(edit->dateTime().toUTC()).text()); };
        return edit;
    }
    if (field.type == QLatin1String("boolean")) {
        auto *box = new QCheckBox(this);
        connect(box, &QCheckBox::toggled, this, &SpecForm::refresh);
        *value = [box] { return QJsonValue(box->isChecked()); };
        return box;
    }
    if (multiLine) {
        auto *edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 5);
        connect(edit, &QPlainTextEdit::textChanged, this, &SpecForm::refresh);
        *value = [edit] { return QJsonValue(edit->toPlainText()); };
        return edit;
    }
    auto *edit = new QLineEdit(this);
    if (field.format == QLatin1String("e164"))
        edit->setPlaceholderText(tr("+4512345678", "an example phone number in E.164 form"));
    else if (field.format == QLatin1String("uuid"))
        edit->setPlaceholderText(tr("an id such as 3fa85f64-5717-4562-b3fc-2c963f66afa6"));
    connect(edit, &QLineEdit::textChanged, this, &SpecForm::refresh);
    *value = [edit] { return QJsonValue(edit->text().trimmed()); };
    return edit;
}

bool SpecForm::setValue(const QString &path, const QJsonValue &value)
{
    QWidget *target = editor(path);
    if (!target)
        return false;
    const QString text = value.toString();
    if (auto *picker = qobject_cast<EntityPicker *>(target))
        picker->setCurrentId(text);
    else if (auto *combo = qobject_cast<QComboBox *>(target)) {
        const int index = combo->findData(text);
        if (index < 0)
            return false;
        combo->setCurrentIndex(index);
    } else if (auto *line = qobject_cast<QLineEdit *>(target))
        line->setText(text);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(target))
        plain->setPlainText(text);
    else if (auto *time = qobject_cast<QDateTimeEdit *>(target)) {
        const auto parsed = Dixa::DixaTime::parse(text);
        if (!parsed)
            return false;
        time->setDateTime(parsed->toLocalTime());
    } else if (auto *box = qobject_cast<QCheckBox *>(target))
        box->setChecked(value.toBool());
    else
        return false;
    refresh();
    return true;
}
