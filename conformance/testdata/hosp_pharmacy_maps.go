package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Stock map[string]int

func (s Stock) Dispense(drug string, qty int) error {
	have, ok := s[drug]
	if !ok {
		return fmt.Errorf("%s: not stocked", drug)
	}
	if have < qty {
		return fmt.Errorf("%s: need %d, have %d", drug, qty, have)
	}
	s[drug] = have - qty
	return nil
}

func (s Stock) Report() string {
	var b strings.Builder
	for _, k := range slices.Sorted(maps.Keys(s)) {
		fmt.Fprintf(&b, "  %-12s %4d\n", k, s[k])
	}
	return b.String()
}

func main() {
	stock := Stock{
		"heparin":    40,
		"insulin":    25,
		"saline":     120,
		"morphine":   10,
		"ceftriaxon": 30,
	}
	fmt.Print("opening stock:\n", stock.Report())

	orders := []struct {
		drug string
		qty  int
	}{{"insulin", 10}, {"morphine", 12}, {"aspirin", 1}, {"saline", 60}, {"insulin", 15}}
	for _, o := range orders {
		if err := stock.Dispense(o.drug, o.qty); err != nil {
			fmt.Println("  error:", err)
		}
	}

	backup := maps.Clone(stock)
	maps.DeleteFunc(stock, func(_ string, v int) bool { return v == 0 })
	fmt.Print("after orders (empty removed):\n", stock.Report())
	fmt.Println("backup still has insulin key:", hasKey(backup, "insulin"))
	fmt.Println("maps equal:", maps.Equal(stock, backup))

	byLevel := map[string][]string{}
	for drug, qty := range backup {
		level := "ok"
		if qty < 20 {
			level = "low"
		}
		byLevel[level] = append(byLevel[level], drug)
	}
	for _, lvl := range slices.Sorted(maps.Keys(byLevel)) {
		drugs := byLevel[lvl]
		slices.Sort(drugs)
		fmt.Printf("%s: %s\n", lvl, strings.Join(drugs, ", "))
	}

	restock := map[string]int{"insulin": 50, "aspirin": 100}
	maps.Copy(stock, restock)
	fmt.Print("after restock:\n", stock.Report())
	delete(stock, "aspirin")
	fmt.Println("items:", len(stock))
}

func hasKey[K comparable, V any](m map[K]V, k K) bool {
	_, ok := m[k]
	return ok
}
