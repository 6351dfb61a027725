"""The offices bench's seeding, tiny: one office of a few events in 2 blocks of history, cloned into a
province and 2 communes. Every copy is its office's own (references stay inside it), block 1 is block 0 four
weeks later, and the month page answers in a commune and in the single office."""
from sqlalchemy import create_engine, text

from bench import offices as bench


def test_tiny_seed_clones_each_office_with_its_own_rows(pg_server):
    single, multi, leader, *_ = bench.build(pg_server, 3, 2, 6, names=("bench_one", "bench_three"),
                                            persons=16, groups=2, units=3)
    engine = create_engine(bench._sa(multi))
    with engine.connect() as conn:
        per_office = dict(conn.execute(text("SELECT office_id, count(*) FROM events GROUP BY 1")).all())
        assert per_office == {1: 12, 2: 12, 3: 12}  # 6 events × 2 blocks in each
        assert conn.execute(text("SELECT parent_id FROM offices ORDER BY id")).scalars().all() == [None, 1, 1]
        # Nothing of one office points into another's.
        assert conn.execute(text(
            "SELECT count(*) FROM events e JOIN persons p ON p.id = e.chair_id WHERE p.office_id <> e.office_id"
        )).scalar() == 0
        assert conn.execute(text(
            "SELECT count(*) FROM reminders r JOIN events e ON e.id = r.event_id JOIN units u ON u.id = r.unit_id "
            "WHERE u.office_id <> e.office_id")).scalar() == 0
        assert conn.execute(text(
            "SELECT count(*) FROM feed_entries f JOIN events e ON e.id = f.event_id JOIN persons p "
            "ON f.subject_type = 'person' AND p.id = f.subject_id WHERE p.office_id <> e.office_id")).scalar() == 0
        # Block 1 is block 0 four weeks later.
        shift = conn.execute(text("SELECT DISTINCT b.range_start - a.range_start FROM events a JOIN events b "
                                  f"ON b.id = a.id + {bench.BLOCK_STRIDE} WHERE a.office_id = 1")).scalars().all()
        assert [s.days for s in shift] == [bench.BLOCK_DAYS]
        titles = conn.execute(text("SELECT title FROM events WHERE office_id = 3 AND range_start < '2022-02-01'")
                              ).scalars().all()
    engine.dispose()
    site = bench.Site(multi, 3, leader + 2 * bench.STRIDE)
    page = site.get("/lich?thang=2022-01").get_data(as_text=True)
    site.st.engine.dispose()
    assert titles and all(t.split(":")[0] in page for t in titles)
    other = bench.Site(single, 1, leader)
    assert other.get("/lich?thang=2022-01").status_code == 200
    other.st.engine.dispose()
