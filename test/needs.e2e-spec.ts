import { buildWorld, needInput, ops, startTestApi, type TestApi, type World } from '@app/testing';

describe('technology needs', () => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await startTestApi();
    world = await buildWorld(api);
  });
  afterAll(() => api.close());

  it('go from draft through edit, publish, pause, resume to closed', async () => {
    const firm = world.firm.client;
    const { createNeed: draft } = await firm.ok(ops.createNeed, { input: needInput() });
    expect(draft).toMatchObject({ status: 'DRAFT', version: 1, isOwn: true, publishedAt: null });
    expect(draft.organization.id).toBe(world.firm.organizationId);

    const { updateNeed: edited } = await firm.ok(ops.updateNeed, {
      id: draft.id,
      input: { title: 'Powłoki PVD dla frezów do tytanu', budget: null },
    });
    expect(edited).toMatchObject({
      title: 'Powłoki PVD dla frezów do tytanu',
      budget: null,
      version: 2,
    });
    expect(edited.summary).toBe(draft.summary);

    const { publishNeed: published } = await firm.ok(ops.publishNeed, { id: draft.id });
    expect(published.status).toBe('PUBLISHED');
    expect(Date.parse(published.expiresAt) - Date.parse(published.publishedAt)).toBe(
      365 * 86_400_000,
    );

    const { pauseNeed: paused } = await firm.ok(ops.pauseNeed, { id: draft.id });
    expect(paused.status).toBe('PAUSED');
    const { publishNeed: resumed } = await firm.ok(ops.publishNeed, { id: draft.id });
    expect(resumed.status).toBe('PUBLISHED');

    const { closeNeed: closed } = await firm.ok(ops.closeNeed, {
      id: draft.id,
      reason: 'FULFILLED',
    });
    expect(closed).toMatchObject({ status: 'CLOSED', closeReason: 'FULFILLED' });
    expect(closed.closedAt).not.toBeNull();
  });

  it('keeps its search document through publish and pause, and follows its text on an edit', async () => {
    const firm = world.firm.client;
    const { createNeed } = await firm.ok(ops.createNeed, { input: needInput() });
    const searchDocument = async (): Promise<string> =>
      (
        await api.dataSource.query(
          'SELECT search_document::text AS text FROM needs WHERE id = $1',
          [createNeed.id],
        )
      )[0].text;
    const drafted = await searchDocument();
    await firm.ok(ops.publishNeed, { id: createNeed.id });
    await firm.ok(ops.pauseNeed, { id: createNeed.id });
    expect(await searchDocument()).toBe(drafted);
    await firm.ok(ops.updateNeed, {
      id: createNeed.id,
      input: { title: 'Kalibracja tensometrów w prasach krawędziowych' },
    });
    const edited = await searchDocument();
    expect(edited).not.toBe(drafted);
    expect(edited).toContain('tensometr');
  });

  it('detects the language when the author does not give one', async () => {
    const { createNeed } = await world.firm.client.ok(ops.createNeed, {
      input: needInput({
        language: null,
        title: 'Fatigue testing of welded brackets',
        summary: 'We need a partner to test the fatigue life of welded steel brackets.',
        description:
          'The brackets crack in service; we want simulations and bench tests of the welded joints.',
      }),
    });
    expect(createNeed.language).toBe('en');
  });

  it('are listed newest first, page by page, with a total count', async () => {
    const colleague = world.otherFirm.client;
    const created: string[] = [];
    for (const title of ['Pierwsza potrzeba', 'Druga potrzeba', 'Trzecia potrzeba']) {
      const { createNeed } = await colleague.ok(ops.createNeed, { input: needInput({ title }) });
      created.push(createNeed.id);
    }
    const filter = { mine: true, status: ['DRAFT'] };
    const first = (await colleague.ok(ops.needs, { filter, first: 2 })).needs;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((edge: any) => edge.node.id)).toEqual([created[2], created[1]]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (
      await colleague.ok(ops.needs, { filter, first: 2, after: first.pageInfo.endCursor })
    ).needs;
    expect(second.edges.map((edge: any) => edge.node.id)).toEqual([created[0]]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  describe('filters', () => {
    let titanium: string;
    let welding: string;

    beforeAll(async () => {
      const firm = world.firm.client;
      const publish = async (input: Record<string, unknown>) => {
        const { createNeed } = await firm.ok(ops.createNeed, { input: needInput(input) });
        await firm.ok(ops.publishNeed, { id: createNeed.id });
        return createNeed.id as string;
      };
      titanium = await publish({ sectors: ['C25.62'], trlMin: 4, trlMax: 6 });
      welding = await publish({
        title: 'Automatic inspection of welds in suspension parts',
        summary: 'Vision system for weld defects on the production line.',
        description: 'We need a camera-based inspection of MAG welds with machine learning.',
        technologyKeywords: ['welding', 'machine vision'],
        sectors: ['C29.32'],
        trlMin: 6,
        trlMax: 8,
        collaborationTypes: ['RD_COOPERATION'],
        language: 'en',
      });
    });

    /** Which of this suite's two needs the filter keeps; other suites share the database. */
    const ids = async (filter: Record<string, unknown>) => {
      const { needs } = await world.researcher.client.ok(ops.needs, {
        filter: { status: ['PUBLISHED'], ...filter },
        first: 100,
      });
      return needs.edges
        .map((edge: any) => edge.node.id)
        .filter((id: string) => [titanium, welding].includes(id));
    };

    it('by sector, including a parent NACE code', async () => {
      expect(await ids({ sectors: ['C29'] })).toEqual([welding]);
      expect(await ids({ sectors: ['C25.62'] })).toEqual([titanium]);
      expect(await ids({ sectors: ['C'] })).toEqual([welding, titanium]);
    });

    it('by collaboration type, TRL and language', async () => {
      expect(await ids({ collaborationTypes: ['RD_COOPERATION'] })).toEqual([welding]);
      expect(await ids({ trl: 7 })).toEqual([welding]);
      expect(await ids({ trl: 4 })).toEqual([titanium]);
      expect(await ids({ language: 'en' })).toEqual([welding]);
    });

    it("by the poster's city and region", async () => {
      expect(await ids({ city: 'świdnik' })).toEqual([welding, titanium]);
      expect(await ids({ region: 'mazowieckie' })).toEqual([]);
    });

    it('by text, across Polish inflections and in either language', async () => {
      expect(await ids({ text: 'obróbką stopów' })).toEqual([titanium]);
      // "machine" and "machining" share an English stem, in matching as in search, so the Polish
      // "obróbki" also finds the English need's "machine vision".
      expect(await ids({ text: 'obrobki' })).toContain(titanium);
      expect(await ids({ text: 'welds inspection' })).toEqual([welding]);
      expect(await ids({ text: 'kompozyty' })).toEqual([]);
    });

    it('by text in the other language: a Polish query finds an English need and back', async () => {
      expect(await ids({ text: 'kontrola spoin' })).toEqual([welding]);
      expect(await ids({ text: 'spawanie' })).toEqual([welding]);
      expect(await ids({ text: 'titanium alloys' })).toEqual([titanium]);
      expect(await ids({ text: 'coatings' })).toEqual([titanium]);
    });

    it("ranks what is written in the reader's language first, then by the words' fit", async () => {
      // The Polish need is the older one: newest first would put the English one first.
      const query = { text: 'obróbki maszyn' };
      expect(await ids(query)).toEqual([titanium, welding]);
      // Paged two at a time, the list is the same: each posting once, the groups in order.
      const walked: { id: string; language: string }[] = [];
      let after: string | undefined;
      do {
        const { needs } = await world.researcher.client.ok(ops.needs, {
          filter: { status: ['PUBLISHED'], ...query },
          first: 2,
          after,
        });
        walked.push(...needs.edges.map((edge: any) => edge.node));
        after = needs.pageInfo.hasNextPage ? needs.pageInfo.endCursor : undefined;
      } while (after);
      const { needs: whole } = await world.researcher.client.ok(ops.needs, {
        filter: { status: ['PUBLISHED'], ...query },
        first: 100,
      });
      expect(walked.map((need) => need.id)).toEqual(whole.edges.map((edge: any) => edge.node.id));
      expect(whole.totalCount).toBe(walked.length);
      const languages = walked.map((need) => need.language).join(' ');
      expect(languages).toMatch(/^(pl ?)*(en ?)*$/);
      await world.researcher.client.ok(ops.updateProfile, { input: { language: 'en' } });
      try {
        expect(await ids(query)).toEqual([welding, titanium]);
      } finally {
        await world.researcher.client.ok(ops.updateProfile, { input: { language: 'pl' } });
      }
    });

    it('by words of vowels only and hyphenated words, on needs and capabilities alike', async () => {
      const { createNeed } = await world.firm.client.ok(ops.createNeed, {
        input: needInput({ title: 'Platforma e-commerce i E-mail dla serwisu ciężarówek' }),
      });
      await world.firm.client.ok(ops.publishNeed, { id: createNeed.id });
      for (const text of ['e-commerce', 'e', 'E-mail', 'y', 'ą', 'ę']) {
        for (const list of ['needs', 'capabilities'] as const) {
          const answer = await world.researcher.client.request(ops[list], {
            filter: { text },
            first: 5,
          });
          expect({ list, text, errors: answer.errors }).toEqual({ list, text, errors: undefined });
        }
      }
      const { needs } = await world.researcher.client.ok(ops.needs, {
        filter: { status: ['PUBLISHED'], text: 'e-commerce' },
        first: 100,
      });
      expect(needs.edges.map((edge: any) => edge.node.id)).toContain(createNeed.id);
    });

    it('by text, in every case form of the words the poster used', async () => {
      const { createNeed } = await world.firm.client.ok(ops.createNeed, {
        input: needInput({ title: 'Zużycie łożysk wału w stali hartowanej' }),
      });
      await world.firm.client.ok(ops.publishNeed, { id: createNeed.id });
      for (const text of ['zużyciem', 'zużyciu', 'łożyskami', 'wałem', 'stali', 'obróbek']) {
        const { needs } = await world.researcher.client.ok(ops.needs, {
          filter: { status: ['PUBLISHED'], text },
          first: 100,
        });
        expect({
          text,
          found: needs.edges.some((edge: any) => edge.node.id === createNeed.id),
        }).toEqual({ text, found: true });
      }
    });
  });
});
