from test_dashboard_in_spanish import *  # noqa
from test_dashboard_in_spanish import dashboard

def test_plc(qtbot, repo, spanish):
    page = dashboard(qtbot, repo)
    combo = page.filters.team
    print("teams in repo:", [t.name for t in repo.teams()][:5])
    print("items:", [combo.itemText(i) for i in range(combo.count())])
    page.grab().save("/tmp/p4_dash_es.png")
    combo.showPopup(); qtbot.wait(200)
    view = combo.view(); view.window().grab().save("/tmp/p4_plc_popup.png")
