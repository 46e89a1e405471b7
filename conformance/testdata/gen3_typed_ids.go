package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type UserID int
type OrderID int
type SKU string

func (id UserID) String() string  { return fmt.Sprintf("U%03d", int(id)) }
func (id OrderID) String() string { return fmt.Sprintf("O-%d", int(id)) }

type Index[K cmp.Ordered, V any] struct {
	m map[K]V
}

func NewIndex[K cmp.Ordered, V any]() Index[K, V] {
	return Index[K, V]{m: make(map[K]V)}
}

func (ix Index[K, V]) Add(k K, v V)      { ix.m[k] = v }
func (ix Index[K, V]) Get(k K) (V, bool) { v, ok := ix.m[k]; return v, ok }
func (ix Index[K, V]) Len() int          { return len(ix.m) }
func (ix Index[K, V]) Keys() []K         { return slices.Sorted(maps.Keys(ix.m)) }

type IDGen[K ~int] struct{ next K }

func (g *IDGen[K]) New() K {
	g.next++
	return g.next
}

type Order struct {
	ID    OrderID
	Buyer UserID
	Items map[SKU]int
}

func GroupBy[K comparable, V any](xs []V, key func(V) K) map[K][]V {
	out := make(map[K][]V)
	for _, x := range xs {
		out[key(x)] = append(out[key(x)], x)
	}
	return out
}

func main() {
	var users IDGen[UserID]
	var orders IDGen[OrderID]
	orders.next = 1000

	names := NewIndex[UserID, string]()
	for _, n := range []string{"ann", "bob", "cat"} {
		names.Add(users.New(), n)
	}
	stock := NewIndex[SKU, int]()
	stock.Add("widget", 12)
	stock.Add("bolt", 300)
	stock.Add("gear", 4)

	var all []Order
	place := func(buyer UserID, items map[SKU]int) {
		all = append(all, Order{ID: orders.New(), Buyer: buyer, Items: items})
	}
	place(2, map[SKU]int{"widget": 2})
	place(1, map[SKU]int{"bolt": 50, "gear": 1})
	place(2, map[SKU]int{"gear": 5})
	place(3, map[SKU]int{"bolt": 10})

	byBuyer := GroupBy(all, func(o Order) UserID { return o.Buyer })
	for _, uid := range slices.Sorted(maps.Keys(byBuyer)) {
		name, _ := names.Get(uid)
		var ids []OrderID
		for _, o := range byBuyer[uid] {
			ids = append(ids, o.ID)
		}
		fmt.Printf("%v (%s): orders %v\n", uid, name, ids)
	}

	for _, o := range all {
		for _, sku := range slices.Sorted(maps.Keys(o.Items)) {
			want := o.Items[sku]
			have, _ := stock.Get(sku)
			if want > have {
				fmt.Printf("%v: backorder %s want=%d have=%d\n", o.ID, sku, want, have)
				continue
			}
			stock.Add(sku, have-want)
		}
	}
	for _, k := range stock.Keys() {
		v, _ := stock.Get(k)
		fmt.Printf("stock[%s]=%d\n", k, v)
	}
	fmt.Printf("%T len=%d keys=%v\n", names, names.Len(), names.Keys())
	fmt.Printf("%T len=%d\n", stock, stock.Len())
	var u UserID = 7
	fmt.Printf("%v %d %T | %v %T\n", u, u, u, OrderID(5), orders)
}
