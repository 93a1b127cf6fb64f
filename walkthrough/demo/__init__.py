"""A realistic demo district, made by a seeded generator.

Two schools, about 30 rooms and 40 teachers, administrators, coaches and
substitutes, a saved walking route for each school, then a term of blast
walkthroughs and peer visits, as the app itself would have left them:

* every blast visit belongs to a finished round (8 to 15 rooms of 2 to 5
  minutes, now and then a room skipped, the rest of the route not reached),
  and one short round was walked this morning, so "Today's visits" has rows.
  No round is left in progress: the app would open straight into it;
* every peer visit belongs to its plan: the host (the room's teacher), one to
  three visitors each with their own notes, the host's focus in their own
  words and consent, substitute cover for the visitors' classes that need it,
  and for many the host's reflection and next step;
* a handful of visits are planned for this week and next, not visited yet:
  some classes still need a substitute, and one substitute is booked twice
  at once, so the visit schedule has something to warn about.

``observations=100000`` spreads the rounds over as many earlier terms as it
takes: the large database the benchmarks use. Times are school (local)
times, stored in UTC as the app stores them. Everything shown comes from this
generator and says so: the schools are named "(demo)". The same seed (and
day) makes the same district; record ids are fresh each time.
"""

from walkthrough.demo.base import DemoRefused, DemoSummary
from walkthrough.demo.generate import generate

__all__ = ["DemoRefused", "DemoSummary", "generate"]
