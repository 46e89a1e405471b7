package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Query struct {
	table   string
	columns []string
	wheres  []string
	args    []any
	order   []string
	limit   int
	dollar  bool
}

func Select(cols ...string) *Query { return &Query{columns: cols} }

func (q *Query) From(t string) *Query { q.table = t; return q }

func (q *Query) Where(cond string, args ...any) *Query {
	q.wheres = append(q.wheres, cond)
	q.args = append(q.args, args...)
	return q
}

func (q *Query) WhereIn(col string, vals ...any) *Query {
	if len(vals) == 0 {
		return q.Where("1=0")
	}
	ph := strings.TrimSuffix(strings.Repeat("?, ", len(vals)), ", ")
	return q.Where(col+" IN ("+ph+")", vals...)
}

func (q *Query) OrderBy(col string) *Query { q.order = append(q.order, col); return q }
func (q *Query) Limit(n int) *Query        { q.limit = n; return q }
func (q *Query) Postgres() *Query          { q.dollar = true; return q }

func (q *Query) Build() (string, []any) {
	var sb strings.Builder
	args := q.args
	sb.WriteString("SELECT ")
	if len(q.columns) == 0 {
		sb.WriteByte('*')
	} else {
		sb.WriteString(strings.Join(q.columns, ", "))
	}
	fmt.Fprintf(&sb, " FROM %s", q.table)
	for i, w := range q.wheres {
		if i == 0 {
			sb.WriteString(" WHERE ")
		} else {
			sb.WriteString(" AND ")
		}
		sb.WriteString("(" + w + ")")
	}
	if len(q.order) > 0 {
		sb.WriteString(" ORDER BY " + strings.Join(q.order, ", "))
	}
	if q.limit > 0 {
		sb.WriteString(" LIMIT ?")
		args = append(args[:len(args):len(args)], q.limit)
	}
	s := sb.String()
	if q.dollar {
		var out strings.Builder
		n := 0
		for _, r := range s {
			if r == '?' {
				n++
				out.WriteString("$" + strconv.Itoa(n))
				continue
			}
			out.WriteRune(r)
		}
		s = out.String()
	}
	return s, args
}

func main() {
	show := func(q *Query) {
		sql, args := q.Build()
		fmt.Printf("%s\n  args=%#v (%d)\n", sql, args, len(args))
	}
	show(Select().From("users"))
	show(Select("id", "name").From("users").Where("age >= ?", 18).Where("status = ?", "active").OrderBy("name ASC").Limit(10))
	show(Select("id").From("orders").WhereIn("region", "eu", "us", "apac").Where("total > ?", 99.5).Postgres())
	show(Select("count(*)").From("events").WhereIn("kind").OrderBy("ts DESC").OrderBy("id"))
	q := Select("name").From("t").Where("x = ?", 1).Limit(5)
	s1, a1 := q.Build()
	s2, a2 := q.Build()
	fmt.Println("rebuild stable:", s1 == s2, len(a1), len(a2), strings.Count(s1, "?"))
}
