package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

type Employee struct {
	Name, Dept  string
	Age, Salary int
}

var table = []Employee{
	{"Alice", "eng", 34, 120000}, {"Bob", "eng", 28, 95000}, {"Carol", "sales", 45, 88000},
	{"Dan", "ops", 39, 76000}, {"Erin", "eng", 51, 150000}, {"Frank", "sales", 23, 52000},
	{"Grace", "ops", 31, 81000}, {"Heidi", "eng", 42, 132000},
}

type Cond struct {
	Field, Op string
	Value     any
}

type Query struct {
	Fields  []string
	Where   []Cond
	OrderBy string
	Desc    bool
	Limit   int // -1 means no limit
}

func Parse(q string) (Query, error) {
	toks := strings.Fields(strings.ReplaceAll(q, ",", " "))
	out := Query{Limit: -1}
	if len(toks) < 4 || !strings.EqualFold(toks[0], "SELECT") {
		return out, errors.New("query must start with SELECT")
	}
	i := 1
	for ; i < len(toks) && !strings.EqualFold(toks[i], "FROM"); i++ {
		out.Fields = append(out.Fields, toks[i])
	}
	for i += 2; i < len(toks); { // skip FROM and the table name
		switch kw := strings.ToUpper(toks[i]); kw {
		case "WHERE", "AND":
			if i+3 >= len(toks) {
				return out, fmt.Errorf("incomplete condition after %s", kw)
			}
			var val any = strings.Trim(toks[i+3], "'")
			if n, err := strconv.Atoi(toks[i+3]); err == nil {
				val = n
			}
			out.Where = append(out.Where, Cond{toks[i+1], toks[i+2], val})
			i += 4
		case "ORDER":
			out.OrderBy = toks[i+2]
			i += 3
			if i < len(toks) && strings.EqualFold(toks[i], "DESC") {
				out.Desc = true
				i++
			}
		case "LIMIT":
			out.Limit, _ = strconv.Atoi(toks[i+1])
			i += 2
		default:
			return out, fmt.Errorf("unexpected %q", toks[i])
		}
	}
	return out, nil
}

func field(e Employee, name string) any {
	v := reflect.ValueOf(e).FieldByNameFunc(func(f string) bool { return strings.EqualFold(f, name) })
	if !v.IsValid() {
		panic(fmt.Sprintf("no such column %q", name))
	}
	return v.Interface()
}

func compare(a, b any) int {
	switch x := a.(type) {
	case int:
		return x - b.(int)
	case string:
		return strings.Compare(x, b.(string))
	}
	panic(fmt.Sprintf("cannot compare %T", a))
}

func (c Cond) Match(e Employee) bool {
	d := compare(field(e, c.Field), c.Value)
	ops := map[string]bool{"=": d == 0, "!=": d != 0, "<": d < 0, ">": d > 0, "<=": d <= 0, ">=": d >= 0}
	return ops[c.Op]
}

func Run(sql string) (rows [][]any, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("runtime: %v", r)
		}
	}()
	q, err := Parse(sql)
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	var hits []Employee
rows:
	for _, e := range table {
		for _, c := range q.Where {
			if !c.Match(e) {
				continue rows
			}
		}
		hits = append(hits, e)
	}
	if q.OrderBy != "" {
		sort.SliceStable(hits, func(i, j int) bool {
			d := compare(field(hits[i], q.OrderBy), field(hits[j], q.OrderBy))
			return (d < 0) != q.Desc && d != 0
		})
	}
	if q.Limit >= 0 && q.Limit < len(hits) {
		hits = hits[:q.Limit]
	}
	for _, e := range hits {
		var row []any
		for _, f := range q.Fields {
			row = append(row, field(e, f))
		}
		rows = append(rows, row)
	}
	return rows, nil
}

func main() {
	queries := []string{
		"SELECT name, salary FROM emp WHERE dept = 'eng' ORDER BY salary DESC",
		"SELECT name, age FROM emp WHERE age >= 30 AND age < 45 ORDER BY age LIMIT 3",
		"SELECT dept, name FROM emp WHERE salary > 80000 AND dept != 'eng' ORDER BY dept",
		"SELECT name FROM emp WHERE title = 'boss'",
		"SELECT name FROM emp WHERE age > 30 GROUP BY dept",
		"SELECT name FROM emp ORDER BY name DESC LIMIT 2",
		"SELECT name FROM emp WHERE age >",
		"DELETE FROM emp",
	}
	for _, sql := range queries {
		fmt.Println(">", sql)
		rows, err := Run(sql)
		if err != nil {
			fmt.Println("  error:", err)
			continue
		}
		for i, r := range rows {
			fmt.Printf("  %d: %v\n", i+1, r)
		}
	}
}
