package org.whiskerstudio.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TabularQLearningTest {

    private static List<Environment> bothSidesAgainst(Opponent opponent) {
        return List.of(new NoughtsAndCrosses(opponent, true), new NoughtsAndCrosses(opponent, false));
    }

    private static TabularQLearning.Options options(int episodes, long seed) {
        return new TabularQLearning.Options(episodes, 0.2, 0.95, new EpsilonSchedule(1.0, 0.05, episodes / 2), seed);
    }

    @Test
    void theSameSeedLearnsTheSameReturns() {
        List<Double> first = new ArrayList<>();
        List<Double> second = new ArrayList<>();
        new TabularQLearning(bothSidesAgainst(Opponent.random()), options(500, 4))
                .train(r -> first.add(r.episodeReturn()));
        new TabularQLearning(bothSidesAgainst(Opponent.random()), options(500, 4))
                .train(r -> second.add(r.episodeReturn()));
        assertEquals(first, second);
    }

    @Test
    void aLearnerRebuiltFromItsSavedTableAndProgressGoesOnAsIfNeverStopped() throws IOException {
        List<EpisodeReport> whole = new ArrayList<>();
        QTable uninterrupted = new TabularQLearning(bothSidesAgainst(Opponent.random()), options(600, 4))
                .train(whole::add);

        List<EpisodeReport> resumed = new ArrayList<>();
        TabularQLearning first = new TabularQLearning(bothSidesAgainst(Opponent.random()), options(600, 4));
        first.train(r -> resumed.add(r) && r.episode() < 257);
        TabularQLearning.Progress saved = first.progress();
        assertEquals(257, saved.episodes());
        StringWriter text = new StringWriter();
        first.table().write(text);
        TabularQLearning second = new TabularQLearning(bothSidesAgainst(Opponent.random()), options(600, 4),
                QTable.read(new StringReader(text.toString())), saved);
        QTable table = second.train(resumed::add);

        assertEquals(whole, resumed, "the same episodes, counters and exploration after the resume");
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        uninterrupted.write(a);
        table.write(b);
        assertEquals(a.toString(), b.toString(), "the same table");
    }

    @Test
    void aShortRunBeatsTheRandomPlayerMoreOftenThanItDidUntrained() {
        QTable untrained = new QTable(9);
        QTable trained = new TabularQLearning(bothSidesAgainst(Opponent.random()), options(20_000, 1))
                .train(r -> true);
        double before = GameTally.of(untrained, Opponent.random(), false, 500, 2).winRate();
        double after = GameTally.of(trained, Opponent.random(), false, 500, 2).winRate();
        assertTrue(after > before + 0.2, "won " + after + " as second player after training, " + before + " before");
    }

    @Test
    void theListenerStopsTraining() {
        List<EpisodeReport> reports = new ArrayList<>();
        new TabularQLearning(bothSidesAgainst(Opponent.random()), options(1000, 1))
                .train(r -> reports.add(r) && r.episode() < 10);
        assertEquals(10, reports.size());
        assertEquals(1.0, reports.get(0).epsilon(), 1e-12);
    }

    @Test
    void aWrittenTableReadsBackTheSame() throws IOException {
        QTable table = new TabularQLearning(bothSidesAgainst(Opponent.random()), options(200, 1)).train(r -> true);
        StringWriter text = new StringWriter();
        table.write(text);
        QTable back = QTable.read(new StringReader(text.toString()));
        assertEquals(table.states(), back.states());
        double[] start = Board.empty().seenBy(Board.X);
        assertEquals(java.util.Arrays.toString(table.values(start)), java.util.Arrays.toString(back.values(start)));
    }
}
