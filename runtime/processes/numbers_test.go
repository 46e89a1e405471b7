package processes

import (
	"encoding/json"
	"math"
	"reflect"
	"strconv"
	"testing"
)

type celsius int

type loud int

func (l loud) MarshalJSON() ([]byte, error) { return []byte(`"` + strconv.Itoa(int(l)) + `!"`), nil }

// The number fast path gives what encoding/json gives, or steps aside.
func TestNumbersMatchEncodingJSON(t *testing.T) {
	cases := []any{
		[]int{}, []int{0, -1, 1 << 62, math.MinInt64},
		[]int8{-128, 127}, []uint16{0, 65535}, []uint64{math.MaxUint64},
		[]float64{0, -0.5, 1e21, 1e-7, math.MaxFloat64, math.SmallestNonzeroFloat64},
		[]float32{0.1, 3.4e38}, []celsius{-40, 100},
	}
	for _, c := range cases {
		v := reflect.ValueOf(c)
		b, ok := encodeNumbers(v)
		if !ok {
			t.Errorf("%T: fast encoding refused", c)
			continue
		}
		want := reflect.New(v.Type())
		if err := json.Unmarshal(b, want.Interface()); err != nil {
			t.Errorf("%T: %s is not valid JSON for it: %v", c, b, err)
			continue
		}
		if !reflect.DeepEqual(want.Elem().Interface(), c) && v.Len() > 0 {
			t.Errorf("%T: %s decodes by encoding/json to %v, want %v", c, b, want.Elem(), c)
		}
		std, _ := json.Marshal(c)
		got, ok := decodeNumbers(std, v.Type())
		if !ok {
			t.Errorf("%T: fast decoding of %s refused", c, std)
			continue
		}
		if got.Len() != v.Len() || v.Len() > 0 && !reflect.DeepEqual(got.Interface(), c) {
			t.Errorf("%T: %s decodes to %v, want %v", c, std, got, c)
		}
	}
	refused := []any{[]byte{1, 2}, []loud{1}, []float64{math.NaN()}, []float64{math.Inf(1)}, []string{"a"}, []any{1}}
	for _, c := range refused {
		if _, ok := encodeNumbers(reflect.ValueOf(c)); ok {
			t.Errorf("%T %v: fast encoding should step aside", c, c)
		}
	}
	badJSON := map[string]reflect.Type{
		`[1,2.5]`: reflect.TypeOf([]int{}), `[300]`: reflect.TypeOf([]int8{}), `[-1]`: reflect.TypeOf([]uint{}),
		`[null]`: reflect.TypeOf([]int{}), `[Inf]`: reflect.TypeOf([]float64{}), `[0x10]`: reflect.TypeOf([]float64{}),
		`{"a":1}`: reflect.TypeOf([]int{}), `["1"]`: reflect.TypeOf([]int{}),
	}
	for in, typ := range badJSON {
		if _, ok := decodeNumbers([]byte(in), typ); ok {
			t.Errorf("%s as %s: fast decoding should step aside", in, typ)
		}
	}
}
