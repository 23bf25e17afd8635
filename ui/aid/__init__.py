"""The aid page (资助): programs and standards, payments, reconciliation. The page is
ui.aid.page.AidPage; the modules beside it are its tabs, dialogs and table model."""
