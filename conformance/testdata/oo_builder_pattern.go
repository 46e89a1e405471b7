package main

import (
	"errors"
	"fmt"
	"strings"
)

// Query is the immutable product of the builder.
type Query struct {
	table   string
	columns []string
	where   []string
	orderBy string
	limit   int
}

func (q Query) SQL() string {
	var b strings.Builder
	cols := "*"
	if len(q.columns) > 0 {
		cols = strings.Join(q.columns, ", ")
	}
	fmt.Fprintf(&b, "SELECT %s FROM %s", cols, q.table)
	if len(q.where) > 0 {
		b.WriteString(" WHERE " + strings.Join(q.where, " AND "))
	}
	if q.orderBy != "" {
		b.WriteString(" ORDER BY " + q.orderBy)
	}
	if q.limit > 0 {
		fmt.Fprintf(&b, " LIMIT %d", q.limit)
	}
	return b.String()
}

// QueryBuilder uses a fluent, chainable API and collects errors.
type QueryBuilder struct {
	q    Query
	errs []error
}

func From(table string) *QueryBuilder {
	b := &QueryBuilder{q: Query{table: table}}
	if table == "" {
		b.errs = append(b.errs, errors.New("table name is empty"))
	}
	return b
}

func (b *QueryBuilder) Select(cols ...string) *QueryBuilder {
	b.q.columns = append(b.q.columns, cols...)
	return b
}

func (b *QueryBuilder) Where(cond string, args ...any) *QueryBuilder {
	if strings.Count(cond, "?") != len(args) {
		b.errs = append(b.errs, fmt.Errorf("where %q: want %d args, got %d", cond, strings.Count(cond, "?"), len(args)))
		return b
	}
	for _, a := range args {
		var lit string
		switch v := a.(type) {
		case string:
			lit = "'" + strings.ReplaceAll(v, "'", "''") + "'"
		default:
			lit = fmt.Sprint(v)
		}
		cond = strings.Replace(cond, "?", lit, 1)
	}
	b.q.where = append(b.q.where, cond)
	return b
}

func (b *QueryBuilder) OrderBy(col string, desc bool) *QueryBuilder {
	b.q.orderBy = col
	if desc {
		b.q.orderBy += " DESC"
	}
	return b
}

func (b *QueryBuilder) Limit(n int) *QueryBuilder {
	if n < 0 {
		b.errs = append(b.errs, fmt.Errorf("negative limit %d", n))
	}
	b.q.limit = n
	return b
}

func (b *QueryBuilder) Build() (Query, error) {
	if err := errors.Join(b.errs...); err != nil {
		return Query{}, err
	}
	q := b.q
	q.columns = append([]string(nil), b.q.columns...) // defensive copy
	q.where = append([]string(nil), b.q.where...)
	return q, nil
}

func main() {
	builders := []*QueryBuilder{
		From("users"),
		From("users").Select("id", "name").Where("age > ?", 18).OrderBy("name", false),
		From("orders").Where("status = ?", "it's shipped").Where("total >= ? AND total < ?", 10.5, 100).
			OrderBy("created", true).Limit(20),
		From("").Limit(-1),
		From("items").Where("a = ? AND b = ?", 1),
	}
	for i, b := range builders {
		q, err := b.Build()
		if err != nil {
			fmt.Printf("%d: error:\n", i)
			for _, line := range strings.Split(err.Error(), "\n") {
				fmt.Println("     ", line)
			}
			continue
		}
		fmt.Printf("%d: %s\n", i, q.SQL())
	}

	// Building twice from the same builder yields independent queries.
	base := From("logs").Select("msg")
	q1, _ := base.Build()
	base.Select("level").Limit(5)
	q2, _ := base.Build()
	fmt.Println("q1:", q1.SQL())
	fmt.Println("q2:", q2.SQL())
}
