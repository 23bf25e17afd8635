"""Sync > Keys (docs/architecture.md, "Trust"): this ledger's fingerprint and enrolment
card, enrolling or re-keying a peer after comparing fingerprints, the Excel password
card of a route, and exporting the private key for a reinstall. Enrolling is its own
action, for the principal only: an import never does it."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.sync import cards, keys, trust
from fupin_desktop.sync.township import school_choices
from ui.operations import op
from ui.session import session
from ui.tasks import runner


class KeysDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keys and enrolment"))
        self.offer: trust.Offer | None = None
        may = session().actor.may_configure
        layout = QVBoxLayout(self)
        layout.addWidget(self._own_box(may))
        layout.addWidget(self._enrol_box(may))
        layout.addWidget(self._password_box(may))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # -- this ledger ------------------------------------------------------------------
    def _own_box(self, may: bool) -> QGroupBox:
        box = QGroupBox(self.tr("This ledger's key"))
        form = QFormLayout(box)
        card = trust.own_card()
        self.own_fingerprint = QLabel(card.fingerprint)
        self.own_fingerprint.setStyleSheet("font-size: 15pt; font-family: monospace;")
        form.addRow(self.tr("Fingerprint"), self.own_fingerprint)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Print enrolment card…"), self.print_card),
            (self.tr("Save public key file…"), self.save_public),
            (self.tr("Export private key…"), self.export_private),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        self.export_button = row.itemAt(2).widget()
        self.export_button.setEnabled(may)
        form.addRow(row)
        return box

    def _save_path(self, title: str, name: str, kind: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self, title, str(session().db_path.parent / name), kind
        )
        return Path(path) if path else None

    def print_card(self) -> None:
        path = self._save_path(self.tr("Save enrolment card"), "登记卡.pdf", "PDF (*.pdf)")
        if path:
            self.write_card(path)

    def write_card(self, path: Path) -> None:
        op(self, partial(cards.print_enrolment_card, session().actor, path)).success(
            lambda done: self.inform(self.tr("Enrolment card saved: {path}").format(path=done))
        ).run_in_background()

    def save_public(self) -> None:
        kind = self.tr("Public key (*.fpkey)")
        path = self._save_path(self.tr("Save public key file"), "本机公钥.fpkey", kind)
        if path:
            op(self, partial(trust.write_public_key, path)).success(
                lambda done: self.inform(self.tr("Public key saved: {path}").format(path=done))
            ).run_in_background()

    def export_private(self) -> None:
        warning = self.tr(
            "The exported key lets whoever has the file and its password sign packages as "
            "this ledger. Export it only to bring it to a reinstalled PC, and keep the file "
            "and the password apart. Export?"
        )
        if not self.confirm(warning):
            return
        path = self._save_path(self.tr("Export private key"), "私钥.fpkeyx", "(*.fpkeyx)")
        if not path:
            return

        def exported(password: str) -> None:
            self.inform(
                self.tr(
                    "Private key exported to {path}. Its password, shown only now: "
                    "{password}. Write it down and keep it apart from the file."
                ).format(path=path, password=password)
            )

        op(self, partial(trust.export_private_key, session().actor, path)).success(
            exported
        ).run_in_background()

    # -- a peer -----------------------------------------------------------------------
    def _enrol_box(self, may: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Enrol or re-key a peer"))
        form = QFormLayout(box)
        choose = QPushButton(self.tr("Choose its key file or a package it sent…"))
        choose.clicked.connect(self.choose_offer)
        choose.setEnabled(may)
        form.addRow(choose)
        self.peer = QLabel("—")
        self.old_fingerprint = QLabel("—")
        self.new_fingerprint = QLabel("—")
        self.new_fingerprint.setStyleSheet("font-size: 13pt; font-family: monospace;")
        form.addRow(self.tr("Peer"), self.peer)
        form.addRow(self.tr("Enrolled now"), self.old_fingerprint)
        form.addRow(self.tr("In the file"), self.new_fingerprint)
        self.last_group = QLineEdit()
        self.last_group.setMaxLength(5)
        self.last_group.setPlaceholderText(self.tr("5 digits"))
        form.addRow(self.tr("Compare every group with the card; type the last"), self.last_group)
        self.enrol_button = QPushButton(self.tr("Enrol"))
        self.enrol_button.setEnabled(False)
        self.enrol_button.clicked.connect(self.enrol)
        form.addRow(self.enrol_button)
        return box

    def choose_offer(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the peer's key file or package"),
            "",
            self.tr("Keys and packages (*.fpkey *.fpkg *.xlsx)"),
        )
        if path:
            self.read_offer(Path(path))

    def read_offer(self, path: Path) -> None:
        # A read (a sealed package is opened with this ledger's key): nothing changes.
        runner().run(
            self,
            self.tr("Reading the key"),
            lambda report, cancel: trust.read_offer(path),
            self.show_offer,
        )

    def show_offer(self, offer: trust.Offer) -> None:
        self.offer = offer
        self.peer.setText(f"{offer.name}（{offer.code}）")
        self.old_fingerprint.setText(offer.enrolled_fingerprint or self.tr("none"))
        self.new_fingerprint.setText(offer.fingerprint)
        self.last_group.clear()
        self.enrol_button.setText(self.tr("Re-key") if offer.is_rekey else self.tr("Enrol"))
        self.enrol_button.setEnabled(not offer.already_enrolled)
        if offer.already_enrolled:
            self.old_fingerprint.setText(
                self.tr("{fingerprint} (the same key)").format(
                    fingerprint=offer.enrolled_fingerprint
                )
            )

    def enrol(self) -> None:
        offer = self.offer
        if offer is None:
            return
        typed = self.last_group.text().strip()
        if typed != keys.last_group(offer.fingerprint):
            self.inform(
                self.tr(
                    "The last group typed does not match the key in the file. Compare the "
                    "fingerprint with the peer's enrolment card again."
                )
            )
            return

        def done(_nothing: Any) -> None:
            self.enrol_button.setEnabled(False)
            self.old_fingerprint.setText(offer.fingerprint)
            self.inform(self.tr("{peer} is enrolled with this key.").format(peer=offer.name))

        op(self, partial(trust.enrol, session().actor, offer, typed)).success(
            done
        ).run_in_background()

    # -- the Excel password of a route ------------------------------------------------
    def _password_box(self, may: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Excel password (for a clerk who opens packages in WPS)"))
        row = QHBoxLayout(box)
        self.route = QComboBox()
        info = session().info
        if info is not None and info.is_township:
            for code, name in school_choices():
                self.route.addItem(f"{name}（{code}）", code)
        else:
            name = info.township_name if info else ""
            self.route.addItem(self.tr("{name} central school").format(name=name), None)
        row.addWidget(self.route, 1)
        button = QPushButton(self.tr("Make it and print its card…"))
        button.clicked.connect(self.make_password)
        button.setEnabled(may)
        row.addWidget(button)
        return box

    def make_password(self) -> None:
        path = self._save_path(self.tr("Save password card"), "密码卡.pdf", "PDF (*.pdf)")
        if path:
            self.write_password_card(path, new=False)

    def write_password_card(self, path: Path, *, new: bool) -> None:
        actor, to_code = session().actor, self.route.currentData()
        call = partial(cards.make_route_password, actor, to_code, path, new=new)
        op(self, call).success(
            lambda _password: self.inform(
                self.tr("The password card is saved: {path}. Print it and delete the file.").format(
                    path=path
                )
            )
        ).run_in_background()

    # -- asking (replaced in tests) -----------------------------------------------------
    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), text)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, text: str) -> None:
        QMessageBox.information(self, self.windowTitle(), text)
