"""The business calendar page of the desk settings: time zone, opening hours per weekday
(night shifts that end the next morning included), the country whose public holidays close
the desk, and the desk's own closed days and extra working days."""

from __future__ import annotations

import logging
import zoneinfo
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omniinbox.domain.business_hours import BusinessCalendar, format_hours, parse_hours
from omniinbox.domain.holiday_calendars import (
    UnknownCountryError,
    holiday_names,
    supported_countries,
)

log = logging.getLogger(__name__)

FIRST_COUNTRIES = ("KZ", "UZ", "GE", "UA")  # where the desk's customers are, offered first
DATE_ROLE = Qt.ItemDataRole.UserRole + 1


def country_name(code: str) -> str:
    name = QLocale.territoryToString(QLocale.codeToTerritory(code))
    return f"{name} ({code})" if name and name != "AnyTerritory" else code


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DayList(QWidget):
    """A list of dates with a date field to add one and a button to remove the chosen."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self.list.setAccessibleName(title)
        self.picker = QDateEdit(QDate.currentDate())
        self.picker.setCalendarPopup(True)
        self.picker.setDisplayFormat("yyyy-MM-dd")
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(title))
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.add_button.clicked.connect(lambda: self.add(_day(self.picker.date())))
        self.remove_button.clicked.connect(self.remove_current)

    def set_days(self, days: frozenset[date]) -> None:
        self.list.clear()
        for day in sorted(days):
            self.add(day)

    def add(self, day: date) -> None:
        if day in self.days():
            return
        item = QListWidgetItem(QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat))
        item.setData(DATE_ROLE, day)
        later = [i for i in range(self.list.count()) if self.list.item(i).data(DATE_ROLE) > day]
        self.list.insertItem(later[0] if later else self.list.count(), item)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def days(self) -> frozenset[date]:
        return frozenset(self.list.item(i).data(DATE_ROLE) for i in range(self.list.count()))


class CalendarPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskCalendarPage")
        self._base: BusinessCalendar | None = None
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.addItems(sorted(zoneinfo.available_timezones()))
        completer = QCompleter(self.zone.model(), self.zone)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.zone.setCompleter(completer)
        self.days: list[QLineEdit] = []
        self.day_notes: list[QLabel] = []
        hours = QGridLayout()
        locale = QLocale()
        for n in range(7):
            edit = QLineEdit(placeholderText=self.tr("closed"))
            edit.setAccessibleName(locale.dayName(n + 1))
            note = QLabel()
            note.setObjectName("hoursNote")
            edit.textChanged.connect(lambda _t, i=n: self._describe(i))
            hours.addWidget(QLabel(locale.dayName(n + 1)), n, 0)
            hours.addWidget(edit, n, 1)
            hours.addWidget(note, n, 2)
            self.days.append(edit)
            self.day_notes.append(note)
        hours.setColumnStretch(1, 1)
        hint = QLabel(
            self.tr(
                "Hours like 09:00-13:00, 14:00-18:00. A range that ends at or before it "
                "starts runs into the next morning (22:00-06:00); 00:00-24:00 is the whole "
                "day; empty means closed."
            )
        )
        hint.setWordWrap(True)
        hours_box = QGroupBox(self.tr("Opening hours"))
        hours_layout = QVBoxLayout(hours_box)
        hours_layout.addWidget(hint)
        hours_layout.addLayout(hours)

        self.country = QComboBox()
        self.country.setObjectName("holidayCountry")
        self.country.addItem(self.tr("No public holidays"), "")
        try:
            known = sorted(c for c in supported_countries() if len(c) == 2)
        except Exception:  # the holidays package is missing or broken: custom days only
            log.exception("the list of holiday calendars could not be read")
            known = []
        for code in FIRST_COUNTRIES:
            self.country.addItem(country_name(code), code)
        self.country.insertSeparator(self.country.count())
        for code in known:
            if code not in FIRST_COUNTRIES:
                self.country.addItem(country_name(code), code)
        self.country_note = QLabel()
        self.country_note.setObjectName("holidayNote")
        self.country_note.setWordWrap(True)
        self.country.currentIndexChanged.connect(self._describe_country)
        self.holidays = DayList(self.tr("The desk's own closed days"))
        self.workdays = DayList(self.tr("Extra working days"))
        self.extra_hours = QLineEdit(placeholderText=self.tr("as on the first open weekday"))
        days_box = QGroupBox(self.tr("Holidays"))
        days_form = QFormLayout(days_box)
        days_form.addRow(self.tr("Public holidays of"), self.country)
        days_form.addRow("", self.country_note)
        lists = QHBoxLayout()
        lists.addWidget(self.holidays)
        lists.addWidget(self.workdays)
        days_form.addRow(lists)
        days_form.addRow(self.tr("Hours on extra working days"), self.extra_hours)

        form = QFormLayout()
        form.addRow(self.tr("Time zone"), self.zone)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hours_box)
        layout.addWidget(days_box)
        layout.addStretch(1)

    def load(self, cal: BusinessCalendar) -> None:
        self._base = cal
        self.zone.setCurrentText(cal.tz)
        for edit, day in zip(self.days, cal.weekly, strict=True):
            edit.setText(format_hours(day))
        index = self.country.findData(cal.country)
        if index < 0 and cal.country:  # stored by the CLI with a code the list lacks
            self.country.addItem(cal.country, cal.country)
            index = self.country.count() - 1
        self.country.setCurrentIndex(max(index, 0))
        self._describe_country()
        self.holidays.set_days(cal.holidays)
        self.workdays.set_days(cal.extra_working_days)
        self.extra_hours.setText(format_hours(cal.extra_day_hours))

    def _describe(self, n: int) -> None:
        try:
            ranges = parse_hours(self.days[n].text())
        except ValueError:
            self.day_notes[n].setText(self.tr("not understood"))
            return
        overnight = any(end <= start for start, end in ranges)
        self.day_notes[n].setText(self.tr("ends the next day") if overnight else "")

    def _describe_country(self) -> None:
        code = str(self.country.currentData() or "")
        if not code:
            self.country_note.setText(self.tr("Only the closed days below."))
            return
        today = date.today()
        try:
            names = holiday_names(code, [today.year, today.year + 1])
        except (UnknownCountryError, ImportError):
            self.country_note.setText(self.tr("No holiday calendar is known for {0}.").format(code))
            return
        this_year = sum(1 for d in names if d.year == today.year)
        upcoming = [(d, n) for d, n in names.items() if d >= today]
        text = self.tr("%n public holiday(s) in {0}.", "", this_year).format(today.year)
        if upcoming:
            day, name = upcoming[0]
            when = QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat)
            text += " " + self.tr("Next: {0}, {1}.").format(name, when)
        elif not this_year:
            text += " " + self.tr("Add the days the desk closes anyway as closed days below.")
        self.country_note.setText(text)

    def calendar(self) -> BusinessCalendar:
        """The calendar as entered; ValueError with a sentence saying what to fix."""
        tz = self.zone.currentText().strip()
        try:
            zoneinfo.ZoneInfo(tz)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                _tr("Unknown time zone {0!r}: choose one from the list, e.g. Asia/Almaty.").format(
                    tz
                )
            ) from None
        weekly = []
        locale = QLocale()
        for n, edit in enumerate(self.days):
            try:
                weekly.append(parse_hours(edit.text()))
            except ValueError as exc:
                raise ValueError(
                    _tr("Opening hours on {0}: {1}.").format(locale.dayName(n + 1), exc)
                ) from None
        try:
            extra = parse_hours(self.extra_hours.text())
        except ValueError as exc:
            raise ValueError(_tr("Hours on extra working days: {0}.").format(exc)) from None
        workdays = self.workdays.days()
        if not any(weekly) and not workdays:
            raise ValueError(_tr("The desk is never open: give at least one day opening hours."))
        clash = sorted(self.holidays.days() & workdays)
        if clash:
            raise ValueError(
                _tr("{0} is both a closed day and an extra working day.").format(
                    clash[0].isoformat()
                )
            )
        base = self._base or BusinessCalendar("UTC")
        return replace(
            base,
            tz=tz,
            weekly=tuple(weekly),
            country=str(self.country.currentData() or ""),
            holidays=self.holidays.days(),
            extra_working_days=workdays,
            extra_day_hours=extra,
        )


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarPage", text)
