"""The main screen and the modals (export, confirm, help)."""
